package io.strikeline.registry.http;

/** Public entry points to {@link HttpResult} for tests in other packages. */
public final class TestHttp {

    private TestHttp() {
    }

    public static int postForId(String url, String body) {
        HttpResult result = HttpResult.post(url, body);
        if (result.status() != 200) {
            throw new AssertionError("POST " + url + " -> " + result.status() + " " + result.body());
        }
        return result.json().get("id").asInt();
    }

    public static String get(String url) {
        HttpResult result = HttpResult.get(url);
        if (result.status() != 200) {
            throw new AssertionError("GET " + url + " -> " + result.status() + " " + result.body());
        }
        return result.body();
    }
}
