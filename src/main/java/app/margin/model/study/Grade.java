package app.margin.model.study;

/** How well the reader recalled a card, the four FSRS ratings in their published order (1 to 4). */
public enum Grade {
    AGAIN("Again"), HARD("Hard"), GOOD("Good"), EASY("Easy");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The rating as FSRS numbers it: Again 1, Hard 2, Good 3, Easy 4. */
    public int rating() {
        return ordinal() + 1;
    }

    public String label() {
        return label;
    }

    public static Grade ofRating(int rating) {
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("A grade is 1 (Again) to 4 (Easy), not " + rating);
        }
        return values()[rating - 1];
    }
}
