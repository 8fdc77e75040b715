package ipweek.render;

/** An image ready for {@code <img>}: relative URL, alt text, credit, and width and height (0 when unknown). */
public record ImageView(String url, String alt, String credit, int width, int height) {
}
