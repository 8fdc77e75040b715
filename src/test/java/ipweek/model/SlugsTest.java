package ipweek.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void keepsValidAsciiSlugs() {
        assertEquals("2026-plan-notice", Slugs.of("2026-plan-notice"));
    }

    @Test
    void transliteratesChineseToToneLessPinyin() {
        assertEquals("shang-biao", Slugs.of("商标"));
        assertEquals("2026-nian-xuan-chuan-zhou", Slugs.of("2026年宣传周"));
        assertEquals("lv-se", Slugs.of("绿色"));
    }

    @Test
    void replacesPunctuationAndSpacesWithSingleHyphens() {
        assertEquals("a-b-c", Slugs.of("A  B（C）"));
    }

    @Test
    void givesAStableHashWhenNothingTransliterates() {
        String slug = Slugs.of("！！！");
        assertTrue(slug.matches("x[0-9a-f]{8}"), slug);
        assertEquals(slug, Slugs.of("！！！"));
    }

    @Test
    void validatesEditorSlugs() {
        assertTrue(Slugs.isValid("launch-2026"));
        assertFalse(Slugs.isValid("Launch"));
        assertFalse(Slugs.isValid("-x"));
        assertFalse(Slugs.isValid("启动"));
        assertFalse(Slugs.isValid("../x"));
    }
}
