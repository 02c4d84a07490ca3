package io.strikeline.extract;

/** A sentence of an article: its text and where it lies ({@code article.substring(start, end)}). */
record Sentence(int index, int start, int end, String text, int paragraph) {

    Evidence evidence() {
        return new Evidence(text, start, end);
    }
}
