package document

import (
	"os"
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>Gunmen opened fire.</p><p>At least 133 were killed.</p>",
			"Gunmen opened fire.\n\nAt least 133 were killed."},
		{"whitespace inside a paragraph", "<p>The massacre left\n   39 people\tdead.</p>", "The massacre left 39 people dead."},
		{"entities", "<p>Al-Qaeda&rsquo;s No.&nbsp;2 &amp; &#8220;tip of the spear&#x201D; &lt;AP&gt;</p>",
			"Al-Qaeda\u2019s No. 2 & \u201ctip of the spear\u201d <AP>"},
		{"script and style never show", "<p>Before</p><script>var killed = 999;</script><style>.x{}</style><p>After</p>",
			"Before\n\nAfter"},
		{"noscript and template", "<p>a</p><noscript>Enable JavaScript</noscript><template><p>hidden</p></template><p>b</p>", "a\n\nb"},
		{"nav", "<nav><a>Home</a> <a>World</a></nav><p>Story</p>", "Story"},
		{"asides and footers hold other stories", "<article><p>Story</p></article><aside>Most read: 20 killed in Nigeria market bombing</aside><footer>Related: 5 killed in Kabul</footer>", "Story"},
		{"a header keeps its headline", "<header><h1>Gunmen kill 12 in Bamako</h1></header><p>Story</p>", "Gunmen kill 12 in Bamako\n\nStory"},
		{"nested skipped svg", "<svg><g><svg><text>1</text></svg><text>2</text></g></svg><p>Story</p>", "Story"},
		{"one br is a line break", "Aug. 7<br>Tehran", "Aug. 7\nTehran"},
		{"two brs are a paragraph break", "Aug. 7<br><br>Tehran", "Aug. 7\n\nTehran"},
		{"list items are lines", "<ul><li>Al-Masri was killed</li><li>by Kidon</li></ul>", "Al-Masri was killed\nby Kidon"},
		{"headings", "<h2>Al-Masri's daughter was also targetted</h2>The official said", "Al-Masri's daughter was also targetted\n\nThe official said"},
		{"inline tags join words", "<p>ISIS<b>-K</b> claimed <a href=\"/x\">the attack</a>.</p>", "ISIS-K claimed the attack."},
		{"table cells", "<table><tr><td>killed</td><td>133</td></tr><tr><td>wounded</td><td>145</td></tr></table>",
			"killed 133\nwounded 145"},
		{"blockquote", "<p>He said:</p><blockquote>The modus operandi was classic ISIS</blockquote>",
			"He said:\n\nThe modus operandi was classic ISIS"},
		{"comments dropped", "<p>39<!-- 40? --> dead</p>", "39 dead"},
		{"unclosed tags", "<div><p>39 dead<div>dozens wounded", "39 dead\n\ndozens wounded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlToText(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestLoadHTMLPage(t *testing.T) {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	docs, diags := Load("pages/al-masri.html", data, Options{})
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%s", diags.Error())
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents", len(docs))
	}
	d := docs[0]
	checks := []struct{ field, got, want string }{
		{"id", d.ID, "al-masri"},
		{"title", d.Title, "US, Israel worked together to track and kill Al-Qaeda operative Al-Masri"},
		{"outlet", d.Outlet, "Arab News"},
		{"url", d.URL, "https://www.arabnews.com/node/1763016/middle-east"},
		{"published", d.Published, "2020-11-15"},
		{"origin", d.Origin, "pages/al-masri.html"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	for _, bad := range []string{"deathToll", "1998;", "tracking pixel", "color: red", "99 killed", "Home", "enable JavaScript", "LD headline"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text holds %q from script, style, nav or noscript", bad)
		}
	}
	for _, good := range []string{
		"Al-Qaeda operative Al-Masri\n\nWASHINGTON: The US and Israel",
		"Al-Qaeda\u2019s No. 2, was killed by assassins in the Iranian capital in August.\n\nAl-Masri was killed by Kidon",
		"Mossad\nThe revelations",
		"Dar es Salaam, Tanzania.\nIn Hebrew, Kidon means bayonet or \u201ctip of the spear.\u201d",
		"Al-Qaeda & its allies <denied> the report.",
	} {
		if !strings.Contains(d.Text, good) {
			t.Errorf("text lacks %q:\n%s", good, d.Text)
		}
	}
}

// TestHTMLFallbacks reads metadata from JSON-LD, og: tags and <h1> when the
// usual tags are missing.
func TestHTMLFallbacks(t *testing.T) {
	tests := []struct {
		name, in                 string
		title, outlet, published string
	}{
		{"json-ld",
			`<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "ISIS-K claims attack",
			  "datePublished": "2024-03-24T09:00:00+03:00", "publisher": {"name": "Meduza"}}]}</script><p>Text</p>`,
			"ISIS-K claims attack", "Meduza", "2024-03-24"},
		{"og tags", `<meta property="og:title" content="Deadly Attacks in Russia"><meta name="date" content="2024-06-24"><p>Text</p>`,
			"Deadly Attacks in Russia", "", "2024-06-24"},
		{"h1 when nothing else", `<body><h1>Uzbek President <i>speaks</i></h1><time itemprop="datePublished" datetime="2024-09-05">Sept 5</time><p>Text</p>`,
			"Uzbek President speaks", "", "2024-09-05"},
		{"head without a closing tag", `<head><title>Moscow attack</title><body><p>Text</p>`, "Moscow attack", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags := Load("p.html", []byte(tt.in), Options{})
			if len(docs) != 1 || len(diags) > 0 {
				t.Fatalf("docs %+v, diagnostics %v", docs, diags)
			}
			d := docs[0]
			if d.Title != tt.title || d.Outlet != tt.outlet || d.Published != tt.published {
				t.Errorf("got title %q outlet %q published %q", d.Title, d.Outlet, d.Published)
			}
			if !strings.HasSuffix(d.Text, "Text") {
				t.Errorf("text = %q", d.Text)
			}
		})
	}
}
