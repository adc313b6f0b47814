package app.margin.article;

import app.margin.model.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * An opened file and, when Margin could read it only in part of the usual way (a web page with no main article
 * found, shown whole), one sentence for the reader saying so.
 */
public record Imported(Article article, Optional<String> remark) {
    public Imported {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(remark, "remark");
    }

    static Imported of(Article article) {
        return new Imported(article, Optional.empty());
    }
}
