package ipweek.parse;

import ipweek.diag.Problem;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks external URLs written in YAML fields. */
public final class Urls {

    private Urls() {
    }

    /** The URL at {@code key} if it is a well-formed http(s) URL, otherwise "" (and a report when it is bad). */
    public static String optional(Fields f, String key) {
        String url = f.text(key);
        if (url == null || url.isEmpty()) {
            return "";
        }
        if (ContentPaths.isUnsafe(url)) {
            f.diagnostics().report(Problem.URL_UNSAFE, f.at(key), f.fieldPath(key), url);
            return "";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                f.diagnostics().report(Problem.URL_INVALID, f.at(key), f.fieldPath(key), url);
                return "";
            }
            if (scheme.equals("http")) {
                f.diagnostics().report(Problem.URL_INSECURE, f.at(key), f.fieldPath(key), url);
            }
            return url;
        } catch (URISyntaxException e) {
            f.diagnostics().report(Problem.URL_INVALID, f.at(key), f.fieldPath(key), url);
            return "";
        }
    }
}
