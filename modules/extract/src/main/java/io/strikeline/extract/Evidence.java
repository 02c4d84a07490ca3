package io.strikeline.extract;

/**
 * The sentence an event was read from, with its character offsets in the article text
 * ({@code text.substring(start, end)} is the sentence).
 */
public record Evidence(String sentence, int start, int end) {
}
