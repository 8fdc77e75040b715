package ipweek.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * ASCII slugs for URLs and output file names. Chinese becomes toneless pinyin syllables joined by hyphens
 * (商标 → shang-biao), so output paths are ASCII whatever editors name their files, and two builds of the same
 * text always give the same slug.
 */
public final class Slugs {

    /** What an editor may write in a {@code slug:} field or a file name used as one. */
    public static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");

    private static final int MAX_LENGTH = 60;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, String> PINYIN = new ConcurrentHashMap<>();
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 100_000;

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /** A slug for any text: kept as is when already valid, otherwise transliterated. */
    public static String of(String text) {
        // The same few names (handling units, tags, counties) are slugged for every card that shows them.
        String known = SLUGS.get(text);
        if (known == null) {
            if (SLUGS.size() > MAX_REMEMBERED) {
                SLUGS.clear();
            }
            known = transliterate(text);
            SLUGS.put(text, known);
        }
        return known;
    }

    private static String transliterate(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (isValid(lower)) {
            return lower;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
                continue;
            }
            String syllable = pinyin(c);
            if (syllable != null) {
                hyphen(sb);
                sb.append(syllable);
                hyphen(sb);
            } else {
                hyphen(sb);
            }
        }
        String slug = sb.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "x" + shortHash(text) : slug;
    }

    private static void hyphen(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
            sb.append('-');
        }
    }

    private static String pinyin(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return null;
        }
        // pinyin4j formats every reading with regular expressions; a large site asks for the same few thousand
        // characters again and again. "" stands for a character it has no reading for.
        String known = PINYIN.computeIfAbsent(c, Slugs::lookUp);
        return known.isEmpty() ? null : known;
    }

    private static String lookUp(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0].replace("u:", "v");
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    /** Eight hex digits of SHA-256: stable across runs and machines, unlike {@code hashCode} on some inputs. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
