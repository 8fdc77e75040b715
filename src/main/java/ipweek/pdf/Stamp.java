package ipweek.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes the PDF's bytes depend on its content only: the dates in the document information are the handbook's edition
 * date (not the clock), the producer names ipweek, and the file identifier (trailer {@code /ID}, which PDFBox would
 * otherwise derive from the current time) is a digest of what the PDF was made from.
 */
final class Stamp {

    private Stamp() {
    }

    record Info(String title, String author, String subject, String keywords, LocalDate date) {
    }

    static void apply(PDDocument doc, Info info, byte[] contentDigest) {
        PDDocumentInformation di = new PDDocumentInformation();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setSubject(info.subject());
        di.setKeywords(info.keywords());
        di.setCreator("ipweek");
        di.setProducer("ipweek（OpenHTMLtoPDF, Apache PDFBox）");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        when.clear();
        when.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth(), 0, 0, 0);
        di.setCreationDate(when);
        di.setModificationDate(when);
        doc.setDocumentInformation(di);
        byte[] id = Arrays.copyOf(contentDigest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** SHA-256 over the parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ. */
    static byte[] digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
