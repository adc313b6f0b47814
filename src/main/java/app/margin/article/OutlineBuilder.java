package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects headings and paragraphs in reading order and turns them into an {@link Article}. A heading
 * nests under the nearest earlier heading with a smaller level, so a level 3 straight after a level 1 is
 * that level 1's child; paragraphs before the first heading are the lead. Blank paragraphs are dropped.
 * The finished article is checked against the article format's rules, as the JSON reader would check it.
 */
final class OutlineBuilder implements TextSink {
    private final String source;
    private final ArticleReader.Limits limits;
    private final SectionIds ids = new SectionIds();
    private final List<String> lead = new ArrayList<>();
    private final Set<Integer> leadPreformatted = new TreeSet<>();
    private final Map<Integer, ParagraphForm> leadForms = new HashMap<>();
    /** Element ids met since the last paragraph: they go to the next paragraph's form. */
    private final List<String> pendingIds = new ArrayList<>();
    /** Element ids at headings: other files link to them, so they are kept though nothing here points at them. */
    private final Set<String> headingAnchors = new HashSet<>();
    /** Other names of sections: a link to one of them leads to its section (see {@link #sectionAlias}). */
    private final Map<String, String> aliases = new HashMap<>();
    private final List<Draft> top = new ArrayList<>();
    private final Deque<Draft> open = new ArrayDeque<>();

    /** A section still being filled. */
    private record Draft(int level, String id, String title, List<Span> titleSpans, List<String> paragraphs,
                         Set<Integer> preformatted, Map<Integer, ParagraphForm> forms, List<Draft> children) {
        Section toSection() {
            return new Section(id, title, paragraphs, children.stream().map(Draft::toSection).toList(), preformatted,
                    forms, titleSpans);
        }
    }

    OutlineBuilder(String source, ArticleReader.Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Opens a section; the heading text is stripped and must not be blank. */
    @Override
    public void heading(int level, String title) {
        heading(level, title, List.of());
    }

    /**
     * Opens a section whose title is set with these spans (offsets into {@code title}): they move with the title's
     * stripping and are cut at its ends; the title's text is what it is without them.
     */
    @Override
    public void heading(int level, String title, List<Span> spans) {
        heading(level, title, spans, title);
    }

    /**
     * As {@link #heading(int, String, List)}, with the section's id made from {@code idFrom} (a book's contents entry
     * "Archive areas" for the heading "2.2. Archive areas": the id the section had when the entry was its title).
     */
    void heading(int level, String title, List<Span> spans, String idFrom) {
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        String text = title.strip();
        List<Span> titleSpans = InlineSpans.within(spans, title.indexOf(text), text.length());
        Draft draft = new Draft(level, ids.next(idFrom.strip()), text, titleSpans, new ArrayList<>(), new TreeSet<>(),
                new HashMap<>(), new ArrayList<>());
        (open.isEmpty() ? top : open.peek().children()).add(draft);
        open.push(draft);
    }

    /** Adds a paragraph to the section opened last, or to the lead before any heading. */
    @Override
    public void paragraph(String text) {
        if (text.isBlank()) {
            return;
        }
        paragraph(text, ParagraphForm.PLAIN);
    }

    /** Adds a paragraph set as {@code form} says; element ids met since the last paragraph join its form. */
    @Override
    public void paragraph(String text, ParagraphForm form) {
        if (text.isBlank()) {
            return;
        }
        List<String> paragraphs = open.isEmpty() ? lead : open.peek().paragraphs();
        ParagraphForm withIds = takeIds(form);
        if (!withIds.plain()) {
            (open.isEmpty() ? leadForms : open.peek().forms()).put(paragraphs.size(), withIds);
        }
        paragraphs.add(text);
    }

    /** An element id starts here: the next paragraph carries it, so a link to it lands there. */
    @Override
    public void anchor(String id) {
        pendingIds.add(id);
    }

    @Override
    public void headingAnchor(String id) {
        headingAnchors.add(id);
    }

    /**
     * The section opened last (the lead before any) is also called {@code alias}: a link to {@code "#" + alias}
     * leads to its heading, whatever id the heading's text gave it (a PDF's links to a section, see
     * {@code PdfImporter}). The alias is no element id of the article: its links are made links to the section.
     */
    void sectionAlias(String alias) {
        aliases.putIfAbsent(alias, open.isEmpty() ? Article.LEAD_SECTION_ID : open.peek().id());
    }

    private ParagraphForm takeIds(ParagraphForm form) {
        if (pendingIds.isEmpty()) {
            return form;
        }
        List<String> all = new ArrayList<>(form.ids());
        all.addAll(pendingIds);
        pendingIds.clear();
        return form.withIds(all);
    }

    /** As {@link #paragraph}, marking the paragraph as preformatted. */
    @Override
    public void preformatted(String text) {
        preformatted(text, ParagraphForm.PLAIN);
    }

    /** A preformatted paragraph nested as {@code form} says (a code block in a list item). */
    @Override
    public void preformatted(String text, ParagraphForm form) {
        if (text.isBlank()) {
            return;
        }
        List<String> paragraphs = open.isEmpty() ? lead : open.peek().paragraphs();
        (open.isEmpty() ? leadPreformatted : open.peek().preformatted()).add(paragraphs.size());
        ParagraphForm withIds = takeIds(form);
        if (!withIds.plain()) {
            (open.isEmpty() ? leadForms : open.peek().forms()).put(paragraphs.size(), withIds);
        }
        paragraphs.add(text);
    }

    Article build(String id, String title, String byline) throws ArticleException {
        return build(id, title, byline, null, null);
    }

    /** {@code byline}, {@code source} and {@code date} may be {@code null}; blank counts as not given. */
    Article build(String id, String title, String byline, String source, String date) throws ArticleException {
        return build(id, title, byline, source, date, null);
    }

    /** As above, with the text's language ({@code null} when not given). */
    Article build(String id, String title, String byline, String source, String date, String language)
            throws ArticleException {
        retarget();
        keepLinkedIds();
        Article article = new Article(id, title, orNull(byline), orNull(source), orNull(date), lead,
                top.stream().map(Draft::toSection).toList(), false, orNull(language), leadPreformatted, leadForms);
        check(article);
        return article;
    }

    /** Links to a section's alias made links to the section ({@link #sectionAlias}). */
    private void retarget() {
        if (aliases.isEmpty()) {
            return;
        }
        for (Map<Integer, ParagraphForm> forms : allForms()) {
            forms.replaceAll((i, form) -> form.spans().stream().noneMatch(s -> section(s) != null) ? form
                    : form.withSpans(form.spans().stream().map(s -> section(s) == null ? s
                            : new Span(s.start(), s.end(), s.style(), "#" + section(s))).toList()));
        }
    }

    /** The section a span's target is an alias of, or null. */
    private String section(Span span) {
        return span.internal() ? aliases.get(span.target().substring(1)) : null;
    }

    /** The forms of the lead and of every section. */
    private List<Map<Integer, ParagraphForm>> allForms() {
        List<Map<Integer, ParagraphForm>> all = new ArrayList<>();
        all.add(leadForms);
        Deque<Draft> todo = new ArrayDeque<>(top);
        while (!todo.isEmpty()) {
            Draft d = todo.pop();
            all.add(d.forms());
            todo.addAll(d.children());
        }
        return all;
    }

    /**
     * Drops the element ids no link of the article points at (a page names many more than it links to), but those at
     * headings, where other files' links land.
     */
    private void keepLinkedIds() {
        List<Map<Integer, ParagraphForm>> all = allForms();
        Set<String> linked = new HashSet<>(headingAnchors);
        for (Map<Integer, ParagraphForm> forms : all) {
            for (ParagraphForm form : forms.values()) {
                for (Span span : form.spans()) {
                    if (span.internal()) {
                        linked.add(span.target().substring(1));
                    }
                }
            }
        }
        for (Map<Integer, ParagraphForm> forms : all) {
            forms.replaceAll((i, form) -> form.ids().isEmpty() || linked.containsAll(form.ids()) ? form
                    : form.withIds(form.ids().stream().filter(linked::contains).toList()));
            forms.values().removeIf(ParagraphForm::plain);
        }
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void check(Article article) throws ArticleException {
        if (article.lead().isEmpty() && article.sections().isEmpty()) {
            throw ArticleException.ofFile(source, "the file has no text to read", null);
        }
        checkId(article.id(), "article id");
        if (article.title().isBlank()) {
            throw ArticleException.ofFile(source, "the article has no title", null);
        }
        checkParagraphs(article.lead());
        checkSections(article.sections(), new HashSet<>());
    }

    private void checkSections(List<Section> sections, Set<String> seen) throws ArticleException {
        for (Section section : sections) {
            checkId(section.id(), "section id");
            if (!seen.add(section.id())) {
                throw ArticleException.ofFile(source, "duplicate section id \"" + section.id() + "\"", null);
            }
            if (section.title().isBlank()) {
                throw ArticleException.ofFile(source, "a heading has no text", null);
            }
            checkParagraphs(section.paragraphs());
            checkSections(section.children(), seen);
        }
    }

    private void checkId(String id, String what) throws ArticleException {
        if (id.length() > ArticleBinder.MAX_ID_LENGTH || !ArticleBinder.ID.matcher(id).matches()) {
            throw ArticleException.ofFile(source, what + " \"" + id + "\" is not allowed", null);
        }
    }

    private void checkParagraphs(List<String> paragraphs) throws ArticleException {
        for (String paragraph : paragraphs) {
            if (paragraph.length() > limits.maxStringLength()) {
                throw ArticleException.ofFile(source, "a paragraph is longer than the limit of "
                        + limits.maxStringLength() + " characters", null);
            }
        }
    }
}
