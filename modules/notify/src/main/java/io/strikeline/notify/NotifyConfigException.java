package io.strikeline.notify;

/** A delivery setting is missing or wrong; the message starts with the key, so the fix is obvious. */
public final class NotifyConfigException extends IllegalArgumentException {

    private final String key;

    public NotifyConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
