package ca.quorum.search;

/**
 * What an operator needs to know about the search engine: whether it answers, and in what state.
 *
 * @param up     whether the cluster answered and is usable (status green or yellow)
 * @param status the cluster's colour, or {@code unreachable}
 * @param detail a short human explanation
 */
public record SearchHealth(boolean up, String status, String detail) {

    public static SearchHealth unreachable(String detail) {
        return new SearchHealth(false, "unreachable", detail);
    }
}
