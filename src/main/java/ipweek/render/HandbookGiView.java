package ipweek.render;

import java.util.List;

/**
 * A GI product in the handbook's list: where it comes from, how it is protected (保护方式 and the identifier to look
 * it up by), its origin area and how many companies may use the official mark.
 */
public record HandbookGiView(String id, String name, String location, String category, List<String> protections,
                             String originArea, int users, String pageUrl) {

    public HandbookGiView {
        protections = List.copyOf(protections);
    }
}
