package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarginLinkTest {

    @Test
    void aLinkNamesTheArticleAndTheNote() {
        MarginLink link = new MarginLink("us-russia-military-talks", "0b7f5c1e-8a1d-4e38-9a55-0f3c1d2b7e41");
        assertThat(link.uri()).isEqualTo("margin://open?article=us-russia-military-talks"
                + "&note=0b7f5c1e-8a1d-4e38-9a55-0f3c1d2b7e41");
        assertThat(MarginLink.parse(link.uri())).contains(link);
    }

    @Property(tries = 200)
    void everyArticleIdComesBack(@ForAll @StringLength(min = 1, max = 200) String id) {
        if (id.chars().anyMatch(Character::isISOControl)) {
            return;
        }
        MarginLink link = new MarginLink(id, null);
        assertThat(link.uri()).doesNotContain(" ", "\n", "#");
        assertThat(MarginLink.parse(link.uri())).contains(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"margin://delete?article=a", "margin://open?", "margin://open?note=x",
            "margin://open?article=a&note=../x", "margin://open?article=a&article=b", "margin://open?article=%zz",
            "http://open?article=a", "margin://open?article=a%0Ab"})
    void whatIsNotALinkMarginReadsIsRefused(String text) {
        assertThat(MarginLink.parse(text)).isEmpty();
    }
}
