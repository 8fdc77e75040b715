package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Coded;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reading of one YAML mapping, reporting every problem instead of stopping: unknown keys (with the closest known
 * one), missing required values, wrong kinds, bad enumeration values (with the allowed ones), impossible dates. Each
 * getter returns {@code null} (or an empty list) when the value is absent or bad, so a reader can go on and find the
 * next problem; the build fails at the end if any error was reported.
 */
public final class Fields {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");

    private final YamlNode.Mapping map;
    private final String path;
    private final Diagnostics diagnostics;

    private Fields(YamlNode.Mapping map, String path, Diagnostics diagnostics) {
        this.map = map;
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /** The mapping at {@code node}, or a report that a mapping was expected there. */
    public static Optional<Fields> of(YamlNode node, String path, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, path, diagnostics));
        }
        diagnostics.report(Problem.YAML_NOT_MAP, node.at(), path, node.kindLabel());
        return Optional.empty();
    }

    public SourceRef at() {
        return map.at();
    }

    /** Where {@code key}'s value is, or the mapping itself when the key is absent. */
    public SourceRef at(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? map.at() : e.value().at();
    }

    public String fieldPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The value at {@code key} as written, for fields that accept more than one shape (the handbook's
     * {@code laws: all}, {@code laws: [a, b]} or {@code laws: {levels: …}}); empty when absent or null.
     */
    public Optional<YamlNode> value(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /** Reports every key not in {@code known}, suggesting the closest known key. */
    public Fields allow(String... known) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(known));
        for (YamlNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                String suggestion = closest(e.key(), allowed)
                        .map(s -> "，是否想写“" + s + "”？").orElse("。");
                diagnostics.report(Problem.FIELD_UNKNOWN, e.keyAt(), fieldPath(e.key()), e.key(), suggestion,
                        String.join("、", allowed));
            }
        }
        return this;
    }

    public String text(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return s.isNull() ? null : s.text().strip();
        }
        diagnostics.report(Problem.FIELD_TYPE, e.value().at(), fieldPath(key), "文本", e.value().kindLabel());
        return null;
    }

    public String requiredText(String key) {
        String value = text(key);
        if (value == null || value.isEmpty()) {
            if (value != null || !map.entries().containsKey(key) || isNullScalar(key)) {
                diagnostics.report(Problem.FIELD_REQUIRED, at(key), fieldPath(key), key);
            }
            return null;
        }
        return value;
    }

    private boolean isNullScalar(String key) {
        return map.entries().get(key).value() instanceof YamlNode.Scalar s && s.isNull();
    }

    public Integer integer(String key, boolean required) {
        String value = required ? requiredText(key) : text(key);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            diagnostics.report(Problem.FIELD_TYPE, at(key), fieldPath(key), "整数", "“" + value + "”");
            return null;
        }
    }

    public boolean bool(String key, boolean fallback) {
        String value = text(key);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true", "是", "yes" -> true;
            case "false", "否", "no" -> false;
            default -> {
                diagnostics.report(Problem.FIELD_TYPE, at(key), fieldPath(key), "true 或 false", "“" + value + "”");
                yield fallback;
            }
        };
    }

    /** A calendar date written {@code "2026-04-20"}: impossible dates and other spellings are errors. */
    public LocalDate date(String key, boolean required) {
        String value = required ? requiredText(key) : text(key);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(key, value);
        if (date != null && map.entries().get(key).value() instanceof YamlNode.Scalar s && !s.quoted()) {
            diagnostics.report(Problem.DATE_UNQUOTED, at(key), fieldPath(key), value);
        }
        return date;
    }

    private LocalDate parseDate(String key, String value) {
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                diagnostics.report(Problem.DATE_INVALID, at(key), fieldPath(key), value, "这一天在日历上不存在");
                return null;
            }
        }
        Matcher loose = LOOSE_DATE.matcher(value);
        String suggestion = loose.matches()
                ? String.format("%s-%02d-%02d", loose.group(1), Integer.parseInt(loose.group(2)), Integer.parseInt(loose.group(3)))
                : "2026-04-20";
        diagnostics.report(Problem.DATE_INVALID, at(key), fieldPath(key), value, "应写成“" + suggestion + "”这样的格式");
        return null;
    }

    /** A time of day written {@code "09:30"}. */
    public LocalTime time(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            diagnostics.report(Problem.TIME_INVALID, at(key), fieldPath(key), value, "HH:MM，例如“09:30”");
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A text with the position it was written at. */
    public record Item(String text, SourceRef at) {
    }

    /** Like {@link #texts} but keeping where each item was written, for checks that point at one of them. */
    public List<Item> textItems(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) {
            return List.of();
        }
        List<YamlNode> nodes = e.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(e.value());
        List<Item> out = new ArrayList<>();
        List<String> texts = texts(key);
        for (YamlNode node : nodes) {
            if (node instanceof YamlNode.Scalar s && !s.isNull() && texts.contains(s.text().strip())) {
                out.add(new Item(s.text().strip(), s.at()));
            }
        }
        return List.copyOf(out);
    }

    /** A list of texts; a single text is taken as a list of one. */
    public List<String> texts(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (e.value() instanceof YamlNode.Scalar s) {
            if (!s.isNull() && !s.text().isBlank()) {
                out.add(s.text().strip());
            }
        } else if (e.value() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s) {
                    if (!s.isNull() && !s.text().isBlank()) {
                        out.add(s.text().strip());
                    }
                } else {
                    diagnostics.report(Problem.FIELD_TYPE, item.at(), fieldPath(key), "文本", item.kindLabel());
                }
            }
        } else {
            diagnostics.report(Problem.FIELD_TYPE, e.value().at(), fieldPath(key), "列表", e.value().kindLabel());
        }
        return List.copyOf(out);
    }

    public <E extends Enum<E> & Coded> E enumValue(String key, Class<E> type, boolean required) {
        String value = required ? requiredText(key) : text(key);
        return value == null ? null : toEnum(value, type, at(key), fieldPath(key));
    }

    public <E extends Enum<E> & Coded> List<E> enumList(String key, Class<E> type) {
        YamlNode.Entry e = map.entries().get(key);
        List<E> out = new ArrayList<>();
        for (String value : texts(key)) {
            SourceRef where = e.value() instanceof YamlNode.Sequence seq
                    ? seq.items().stream().filter(i -> i instanceof YamlNode.Scalar s && s.text().strip().equals(value))
                            .findFirst().map(YamlNode::at).orElse(e.value().at())
                    : e.value().at();
            E item = toEnum(value, type, where, fieldPath(key));
            if (item != null && !out.contains(item)) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    private <E extends Enum<E> & Coded> E toEnum(String value, Class<E> type, SourceRef where, String field) {
        for (E c : type.getEnumConstants()) {
            if (c.code().equals(value) || c.label().equals(value)) {
                return c;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.code() + "（" + c.label() + "）").reduce((a, b) -> a + "、" + b).orElse("");
        diagnostics.report(Problem.FIELD_ENUM, where, field, value, allowed);
        return null;
    }

    public Optional<Fields> map(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return of(e.value(), fieldPath(key), diagnostics);
    }

    /** A list of mappings, each with its own path such as {@code nav[2]}. */
    public List<Fields> maps(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(e.value() instanceof YamlNode.Sequence seq)) {
            diagnostics.report(Problem.YAML_NOT_LIST, e.value().at(), fieldPath(key), e.value().kindLabel());
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            of(seq.items().get(i), fieldPath(key) + "[" + (i + 1) + "]", diagnostics).ifPresent(out::add);
        }
        return out;
    }

    /** Reads a top-level list of mappings (a whole file like {@code activities.yaml}). */
    public static List<Fields> list(YamlNode node, String path, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            diagnostics.report(Problem.YAML_NOT_LIST, node.at(), path, node.kindLabel());
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            of(seq.items().get(i), path + "[" + (i + 1) + "]", diagnostics).ifPresent(out::add);
        }
        return out;
    }

    static Optional<String> closest(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) { // known keeps declaration order, so ties resolve the same way every time
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance: small keys, small tables. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
