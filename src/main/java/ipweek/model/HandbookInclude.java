package ipweek.model;

import ipweek.diag.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Generated content a handbook chapter takes from the site's data, written {@code include:} in
 * {@code handbook.yaml}: laws, channels (as a directory or a contact table), the cases of a batch, GI products. Each
 * says which items it takes; {@code select} applies that to the site's (already sorted) items.
 */
public sealed interface HandbookInclude
        permits HandbookInclude.Laws, HandbookInclude.Channels, HandbookInclude.Cases, HandbookInclude.Gi {

    SourceRef at();

    /** What it asks for, in the words editors use in messages ("laws: all"). */
    String describe();

    /**
     * {@code laws: all} (every law in force), {@code laws: [id, …]} or
     * {@code laws: {levels: […], ip_types: […], ids: […]}}.
     */
    record Laws(List<String> ids, List<LawLevel> levels, List<IpType> ipTypes, SourceRef at) implements HandbookInclude {
        public Laws {
            ids = List.copyOf(ids);
            levels = List.copyOf(levels);
            ipTypes = List.copyOf(ipTypes);
        }

        /**
         * Named laws in the order named; otherwise every law in force of the chosen levels and rights types (a law
         * without {@code ip_types} concerns all of them), in site order.
         */
        public List<Law> select(List<Law> all) {
            if (!ids.isEmpty()) {
                return pick(ids, all, Law::id);
            }
            return all.stream().filter(l -> l.status().inForce())
                    .filter(l -> levels.isEmpty() || levels.contains(l.level()))
                    .filter(l -> ipTypes.isEmpty() || l.ipTypes().isEmpty() || l.ipTypes().stream().anyMatch(ipTypes::contains))
                    .toList();
        }

        @Override
        public String describe() {
            if (!ids.isEmpty()) {
                return "laws: " + ids;
            }
            List<String> parts = new ArrayList<>();
            if (!levels.isEmpty()) {
                parts.add("levels " + levels.stream().map(LawLevel::code).toList());
            }
            if (!ipTypes.isEmpty()) {
                parts.add("ip_types " + ipTypes.stream().map(IpType::code).toList());
            }
            return parts.isEmpty() ? "laws: all" : "laws: " + String.join(", ", parts);
        }
    }

    /** {@code channels: all}, {@code channels: [id, …]} or {@code channels: {kinds: […]}}, with a {@code layout}. */
    record Channels(List<String> ids, List<ChannelKind> kinds, ChannelLayout layout, SourceRef at)
            implements HandbookInclude {
        public Channels {
            ids = List.copyOf(ids);
            kinds = List.copyOf(kinds);
            Objects.requireNonNull(layout, "layout");
        }

        public List<Channel> select(List<Channel> all) {
            if (!ids.isEmpty()) {
                return pick(ids, all, Channel::id);
            }
            return all.stream().filter(c -> kinds.isEmpty() || kinds.contains(c.kind())).toList();
        }

        @Override
        public String describe() {
            String what = !ids.isEmpty() ? ids.toString()
                    : kinds.isEmpty() ? "all" : "kinds " + kinds.stream().map(ChannelKind::code).toList();
            return "channels: " + what + ", layout: " + layout.code();
        }
    }

    /**
     * {@code cases: {batch: <id>}}, optionally with {@code ids: […]} to take only some cases of the batch.
     * {@code unreleased}: the batch exists but is not published on the build date, so its cases must not be printed yet.
     */
    record Cases(String batch, List<String> ids, boolean unreleased, SourceRef at) implements HandbookInclude {
        public Cases {
            Objects.requireNonNull(batch, "batch");
            ids = List.copyOf(ids);
        }

        /** The batch's files when it is written as a folder or as one file. */
        public List<String> batchFiles() {
            return List.of("cases/" + batch + "/_batch.yaml", "cases/" + batch + ".yaml");
        }

        public Cases released(boolean isReleased) {
            return new Cases(batch, ids, !isReleased, at);
        }

        /** The batch, if the site has it. */
        public Optional<CaseBatch> batchIn(List<CaseBatch> batches) {
            return batches.stream().filter(b -> b.id().equals(batch)).findFirst();
        }

        /** The batch's cases in batch order (案例一 first), or the named ones in the order named. */
        public List<TypicalCase> select(List<CaseBatch> batches) {
            List<TypicalCase> cases = batchIn(batches).map(CaseBatch::cases).orElse(List.of());
            return ids.isEmpty() ? cases : pick(ids, cases, TypicalCase::id);
        }

        @Override
        public String describe() {
            return "cases: {batch: " + batch + (ids.isEmpty() ? "" : ", ids: " + ids) + "}";
        }
    }

    /** {@code gi: all} or {@code gi: [id, …]}: geographical-indication products. */
    record Gi(List<String> ids, SourceRef at) implements HandbookInclude {
        public Gi {
            ids = List.copyOf(ids);
        }

        /** Every product in site order, or the named ones in the order named. */
        public List<GiProduct> select(List<GiProduct> all) {
            return ids.isEmpty() ? all : pick(ids, all, GiProduct::id);
        }

        @Override
        public String describe() {
            return "gi: " + (ids.isEmpty() ? "all" : ids.toString());
        }
    }

    /** How channels are shown: one block per channel, or one line each in a contact table (联系方式一览). */
    enum ChannelLayout implements Coded {
        DIRECTORY("directory", "名录"),
        TABLE("table", "联系方式一览表");

        private final String code;
        private final String label;

        ChannelLayout(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The items with the given ids, in the order given; unknown ids are left out (a rule reports them). */
    private static <T> List<T> pick(List<String> ids, List<T> all, Function<T, String> id) {
        List<T> out = new ArrayList<>();
        for (String wanted : ids) {
            Optional<T> item = all.stream().filter(x -> id.apply(x).equals(wanted)).findFirst();
            item.ifPresent(out::add);
        }
        return out;
    }
}
