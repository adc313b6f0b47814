package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's shortcut tables say what the app's command list (menus, header, F1 sheet) says. */
class ShortcutTableTest {

    @Test
    void readmeShortcutTableMatchesTheCommandList() throws Exception {
        List<String> readme = readmeRows(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        List<String> commands = new ArrayList<>();
        for (Command.Group g : Command.Group.values()) {
            for (Command c : Command.of(g)) {
                commands.add(g.title() + " | " + c.keysText() + " | " + c.help());
            }
        }

        assertThat(readme).as("README.md, section Keyboard shortcuts").containsExactlyElementsOf(commands);
    }

    @Test
    void everyCommandHasKeysOrAMenuAndEachAcceleratorIsUsedOnce() {
        List<String> accelerators = new ArrayList<>();
        for (Command c : Command.values()) {
            assertThat(c.keysText() != null || c.menuLabel() != null).as(c.name()).isTrue();
            if (c.accelerator() != null) {
                accelerators.add(c.keysText());
                assertThat(c.menuLabel()).as(c.name() + " has a menu item").isNotBlank();
            }
        }
        assertThat(accelerators).doesNotHaveDuplicates();
    }

    @Test
    void everyWayOutForTheStudySheetHasKeysAndSoIsOnTheSheet() {
        for (Command c : List.of(Command.EXPORT, Command.COPY_STUDY_SHEET, Command.EXPORT_PDF, Command.PRINT)) {
            assertThat(c.accelerator()).as(c.name()).isNotNull();
            assertThat(Command.of(Command.Group.LIBRARY)).contains(c);
        }
    }

    /** "Group | keys | help" for each row of the tables under "## Keyboard shortcuts", grouped by "**Group**". */
    static List<String> readmeRows(String markdown) {
        int start = markdown.indexOf("\n## Keyboard shortcuts");
        assertThat(start).as("README has a Keyboard shortcuts section").isNotNegative();
        int end = markdown.indexOf("\n## ", start + 1);
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        List<String> rows = new ArrayList<>();
        String group = null;
        for (String line : section.split("\n")) {
            String l = line.strip();
            if (l.startsWith("**") && l.endsWith("**") && l.length() > 4) {
                group = l.substring(2, l.length() - 2);
            } else if (l.startsWith("|") && !l.startsWith("| Keys |") && !l.startsWith("|---")) {
                String[] cells = l.substring(1, l.length() - 1).split("\\|");
                rows.add(group + " | " + cells[0].strip() + " | " + cells[1].strip());
            }
        }
        return rows;
    }
}
