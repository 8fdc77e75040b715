package ipweek.render;

import java.util.List;

/** A whole article page. {@code bodyHtml} is rendered Markdown: the only HTML that templates print unescaped. */
public record ArticleView(
        String title,
        String date,
        String dateLabel,
        String time,
        String columnLabel,
        String columnUrl,
        String source,
        String author,
        String summary,
        List<LinkView> tags,
        ImageView cover,
        List<AttachmentView> attachments,
        String docNumber,
        String indexNumber,
        String issuingAuthority,
        String writtenDate,
        String externalUrl,
        String bodyHtml,
        LinkView previous,
        LinkView next,
        boolean draft,
        boolean scheduled) {

    public ArticleView {
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
    }

    public boolean hasGovInfo() {
        return !docNumber.isEmpty() || !indexNumber.isEmpty() || !issuingAuthority.isEmpty() || !writtenDate.isEmpty();
    }
}
