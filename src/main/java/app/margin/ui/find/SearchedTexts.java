package app.margin.ui.find;

import app.margin.model.Block;
import app.margin.model.Picture;
import java.util.ArrayList;
import java.util.List;

/**
 * What find searches in an article, in reading order: each block's text and, beside it, the words drawn inside its
 * picture ({@link Picture#text()}: a PDF table's cells, a figure's labels), before the text when the picture stands
 * above it, after it when below. The blocks' own texts are searched as they are (anchors and the page see those);
 * a picture's words are a text of their own, so a hit never spans the two. Made once for an article, not per query:
 * an article without such pictures is its blocks' texts, with no table at all.
 */
final class SearchedTexts {
    private final List<String> texts;
    /** The unit of each block's text, and of its picture's words (-1 for none); both null when units are blocks. */
    private final int[] textUnit;
    private final int[] pictureUnit;
    /** The block of each unit, and whether it is a picture's words; null when units are blocks. */
    private final int[] blockOf;
    private final boolean[] picture;
    private final long chars;

    private SearchedTexts(List<String> texts, int[] textUnit, int[] pictureUnit, int[] blockOf, boolean[] picture) {
        this.texts = List.copyOf(texts);
        this.textUnit = textUnit;
        this.pictureUnit = pictureUnit;
        this.blockOf = blockOf;
        this.picture = picture;
        this.chars = this.texts.stream().mapToLong(String::length).sum();
    }

    static final SearchedTexts NONE = plain(List.of());

    /** Blocks' texts alone, one unit a block. */
    static SearchedTexts plain(List<String> blockTexts) {
        return new SearchedTexts(blockTexts, null, null, null, null);
    }

    /** The blocks' texts, with the words inside their pictures beside them. */
    static SearchedTexts of(List<Block> blocks) {
        int extra = 0;
        for (Block b : blocks) {
            extra += wordsOf(b) == null ? 0 : 1;
        }
        if (extra == 0) {
            return plain(blocks.stream().map(Block::text).toList());
        }
        List<String> texts = new ArrayList<>(blocks.size() + extra);
        int[] textUnit = new int[blocks.size()];
        int[] pictureUnit = new int[blocks.size()];
        int[] blockOf = new int[blocks.size() + extra];
        boolean[] picture = new boolean[blocks.size() + extra];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Picture words = wordsOf(b);
            pictureUnit[i] = -1;
            if (words != null && !words.below()) {
                pictureUnit[i] = add(texts, words.text(), i, true, blockOf, picture);
            }
            textUnit[i] = add(texts, b.text(), i, false, blockOf, picture);
            if (words != null && words.below()) {
                pictureUnit[i] = add(texts, words.text(), i, true, blockOf, picture);
            }
        }
        return new SearchedTexts(texts, textUnit, pictureUnit, blockOf, picture);
    }

    private static int add(List<String> texts, String text, int block, boolean inPicture, int[] blockOf,
                           boolean[] picture) {
        int unit = texts.size();
        texts.add(text);
        blockOf[unit] = block;
        picture[unit] = inPicture;
        return unit;
    }

    /** The block's picture when it has words of its own to search, else null. */
    private static Picture wordsOf(Block b) {
        Picture p = b.form().picture();
        return p != null && p.hasText() ? p : null;
    }

    /** The texts to search, in reading order. */
    List<String> texts() {
        return texts;
    }

    long chars() {
        return chars;
    }

    /** Whether any unit is a picture's words. */
    boolean hasPictures() {
        return blockOf != null;
    }

    /**
     * Hits found in the units (each hit's {@code blockIndex} a unit) as hits in blocks' texts and pictures' words;
     * the same list when units are blocks.
     */
    List<Hit> inBlocks(List<Hit> found) {
        if (blockOf == null) {
            return found;
        }
        List<Hit> out = new ArrayList<>(found.size());
        for (Hit h : found) {
            int unit = h.blockIndex();
            out.add(new Hit(blockOf[unit], h.start(), h.end(), picture[unit]));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The unit a hit (from {@link #inBlocks}) was found in. */
    int unitOf(Hit hit) {
        if (textUnit == null) {
            return hit.blockIndex();
        }
        int block = Math.min(hit.blockIndex(), textUnit.length - 1);
        return hit.inPicture() && pictureUnit[block] >= 0 ? pictureUnit[block] : textUnit[block];
    }

    /** The unit of a block's text (a place in the text, as the reader's caret). */
    int textUnit(int block) {
        if (textUnit == null || textUnit.length == 0) {
            return block;
        }
        return block >= textUnit.length ? texts.size() : textUnit[Math.max(0, block)];
    }
}
