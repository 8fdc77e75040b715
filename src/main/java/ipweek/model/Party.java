package ipweek.model;

import ipweek.diag.SourceRef;
import java.util.Objects;

/** 当事人 of a case: a name as published (natural persons anonymised, 张某), what kind of party, and an optional role. */
public record Party(String name, PartyType type, String role, SourceRef at) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        role = role == null ? "" : role;
    }
}
