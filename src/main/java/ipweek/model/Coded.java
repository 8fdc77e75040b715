package ipweek.model;

/** An enumeration value as editors write it ({@code code}, ASCII) and as visitors read it ({@code label}). */
public interface Coded {

    String code();

    String label();
}
