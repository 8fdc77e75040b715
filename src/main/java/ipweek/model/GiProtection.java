package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One protection a geographical-indication product holds, in one of the three regimes, with the identifiers that
 * regime uses. A product lists one or more.
 */
public sealed interface GiProtection permits GiProtection.Pgi, GiProtection.GiMark, GiProtection.Agi {

    GiRegime regime();

    SourceRef at();

    /** The identifier a reader can look the protection up by: 公告号, 注册号, 证书编号. */
    String identifier();

    /** The date it was granted, if known. */
    Optional<LocalDate> date();

    /** 地理标志保护产品: approved by an announcement (国家知识产权局公告第475号), optionally with a national standard. */
    record Pgi(String announcement, LocalDate approved, String authority, String standardCode, String standardTitle,
               SourceRef at) implements GiProtection {
        public Pgi {
            Objects.requireNonNull(announcement, "announcement");
            Objects.requireNonNull(approved, "approved");
            authority = authority == null ? "" : authority;
            standardCode = standardCode == null ? "" : standardCode;
            standardTitle = standardTitle == null ? "" : standardTitle;
        }

        @Override
        public GiRegime regime() {
            return GiRegime.PGI;
        }

        @Override
        public String identifier() {
            return announcement;
        }

        @Override
        public Optional<LocalDate> date() {
            return Optional.of(approved);
        }
    }

    /** 地理标志证明商标 or 集体商标: registration number, registrant, Nice class (1–45) and goods. */
    record GiMark(MarkKind markKind, String registrationNo, String registrant, int niceClass, String goods,
                  Optional<LocalDate> registered, Optional<LocalDate> validUntil, SourceRef at) implements GiProtection {
        public GiMark {
            Objects.requireNonNull(markKind, "markKind");
            Objects.requireNonNull(registrationNo, "registrationNo");
            Objects.requireNonNull(registrant, "registrant");
            if (niceClass < 1 || niceClass > 45) {
                throw new IllegalArgumentException("Nice classes run 1-45: " + niceClass);
            }
            goods = goods == null ? "" : goods;
            Objects.requireNonNull(registered, "registered");
            Objects.requireNonNull(validUntil, "validUntil");
        }

        @Override
        public GiRegime regime() {
            return GiRegime.GI_MARK;
        }

        @Override
        public String identifier() {
            return registrationNo;
        }

        @Override
        public Optional<LocalDate> date() {
            return registered;
        }
    }

    /** 农产品地理标志: certificate {@code AGI01459}, holder, and the quality-control specification {@code AGI2014-02-1497}. */
    record Agi(String certificateNo, String holder, String specNo, String announcement, Optional<LocalDate> registered,
               SourceRef at) implements GiProtection {
        public Agi {
            Objects.requireNonNull(certificateNo, "certificateNo");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(specNo, "specNo");
            announcement = announcement == null ? "" : announcement;
            Objects.requireNonNull(registered, "registered");
        }

        @Override
        public GiRegime regime() {
            return GiRegime.AGI;
        }

        @Override
        public String identifier() {
            return certificateNo;
        }

        @Override
        public Optional<LocalDate> date() {
            return registered;
        }
    }
}
