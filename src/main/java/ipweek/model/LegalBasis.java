package ipweek.model;

import ipweek.diag.SourceRef;
import java.util.List;
import java.util.Objects;

/** 法律依据: a law by its name without 《》 (中华人民共和国商标法) and the articles applied (第五十七条第（二）项). */
public record LegalBasis(String law, List<String> articles, SourceRef at) {

    public LegalBasis {
        Objects.requireNonNull(law, "law");
        articles = List.copyOf(articles);
    }
}
