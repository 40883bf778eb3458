package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// page is what an HTML page says about itself, and its readable text.
type page struct {
	title, ogTitle, h1, outlet, url, published string
	ld                                         []string // JSON-LD blocks, for fallbacks
	text                                       string
}

// skipped elements hold no article prose: code, styling, widgets,
// navigation, and the asides and footers where pages put "most read" and
// "related" headlines of other stories ("20 killed in Nigeria market
// bombing"), which would be read as claims of this one. Their whole
// content is dropped.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "iframe": true, "object": true, "canvas": true,
	"nav": true, "select": true, "textarea": true, "button": true,
	"aside": true, "footer": true, "form": true,
}

// paraBreak elements end a paragraph (a blank line in the text); lineBreak
// elements end a line.
var (
	paraBreak = map[string]bool{
		"p": true, "div": true, "section": true, "article": true, "blockquote": true,
		"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
		"header": true, "main": true, "figure": true,
		"figcaption": true, "ul": true, "ol": true, "dl": true, "table": true,
		"pre": true, "hr": true, "address": true, "details": true,
		"summary": true, "center": true, "body": true,
	}
	lineBreak = map[string]bool{
		"li": true, "tr": true, "dt": true, "dd": true, "caption": true, "option": true,
	}
)

// headOnly elements may sit in <head>; any other start tag means the page
// left the head even when </head> was omitted.
var headOnly = map[string]bool{
	"title": true, "meta": true, "link": true, "base": true, "script": true,
	"style": true, "noscript": true, "template": true, "head": true, "html": true,
}

// htmlToText reduces an HTML fragment to its text.
func htmlToText(s string) string {
	return reducePage(s).text
}

// reducePage walks the tokens of src (no tree is built, so nesting cannot
// blow up) and collects the page's text and metadata.
func reducePage(src string) page {
	var p page
	var out sink
	z := html.NewTokenizer(strings.NewReader(src))
	skipTag, skipDepth := "", 0
	inHead, inTitle, inH1, inLD := false, false, false, false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			t := string(z.Text())
			switch {
			case inLD:
				p.ld = append(p.ld, t)
			case skipDepth > 0:
			case inTitle:
				p.title = capped(p.title, t)
			case inHead:
			default:
				if inH1 {
					p.h1 = capped(p.h1, t)
				}
				out.text(t)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			name := tok.Data
			if skipDepth > 0 {
				if name == skipTag && tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			if inHead && !headOnly[name] {
				inHead = false
			}
			switch {
			case name == "script" && strings.Contains(attr(tok, "type"), "ld+json") && tt == html.StartTagToken:
				inLD = true
			case skipped[name]:
				if tt == html.StartTagToken {
					skipTag, skipDepth = name, 1
				}
			case name == "head":
				inHead = true
			case name == "title":
				// The first <title> is the page's; later ones sit in SVG or widgets.
				inTitle = tt == html.StartTagToken && p.title == ""
			case name == "meta", name == "link":
				p.readMeta(tok)
			case name == "br":
				out.lineBreak()
			case paraBreak[name]:
				out.paraBreak()
			case lineBreak[name]:
				out.newLine()
			case name == "td" || name == "th":
				out.space = true
			}
			if name == "h1" && p.h1 == "" {
				inH1 = true
			}
			if v := attr(tok, "itemprop"); v == "datePublished" && p.published == "" {
				p.published = attr(tok, "datetime") + attr(tok, "content")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipDepth > 0 {
				if tag == skipTag {
					skipDepth--
				}
				continue
			}
			switch {
			case tag == "script":
				inLD = false
			case tag == "title":
				inTitle = false
			case tag == "head":
				inHead = false
			case tag == "h1":
				inH1 = false
				out.paraBreak()
			case tag == "br":
				out.lineBreak() // "</br>" is read as <br> by browsers
			case paraBreak[tag]:
				out.paraBreak()
			case lineBreak[tag]:
				out.newLine()
			case tag == "td" || tag == "th":
				out.space = true
			}
		}
	}
	p.text = out.b.String()
	return p
}

// capped appends t to s while s is shorter than a title can be, so a page
// of ten thousand tags inside one <h1> costs no quadratic copying.
func capped(s, t string) string {
	if len(s) > 500 {
		return s
	}
	return s + t
}

// readMeta takes the page's publication date, outlet, title and canonical
// address from <meta> and <link> tags.
func (p *page) readMeta(tok html.Token) {
	if tok.Data == "link" {
		if strings.EqualFold(attr(tok, "rel"), "canonical") && p.url == "" {
			p.url = attr(tok, "href")
		}
		return
	}
	key := strings.ToLower(attr(tok, "property") + attr(tok, "name") + attr(tok, "itemprop"))
	val := strings.TrimSpace(attr(tok, "content"))
	if val == "" {
		return
	}
	set := func(f *string) {
		if *f == "" {
			*f = val
		}
	}
	switch key {
	case "article:published_time", "date", "pubdate", "publishdate", "publish-date",
		"datepublished", "dc.date", "dc.date.issued", "og:published_time", "sailthru.date",
		"parsely-pub-date":
		set(&p.published)
	case "og:site_name", "application-name", "publisher":
		set(&p.outlet)
	case "og:title", "twitter:title":
		set(&p.ogTitle)
	case "og:url":
		set(&p.url)
	}
}

// attr returns the value of the named attribute of tok, or "".
func attr(tok html.Token, name string) string {
	for _, a := range tok.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// sink writes text with whitespace collapsed inside paragraphs and breaks
// written only between pieces of text, never at the start or end.
type sink struct {
	b     strings.Builder
	brk   int  // pending break: 1 newline, 2 blank line
	space bool // pending space
}

func (s *sink) paraBreak() { s.brk = 2 }
func (s *sink) newLine()   { s.brk = max(s.brk, 1) }

// lineBreak counts <br>s: two in a row separate paragraphs.
func (s *sink) lineBreak() { s.brk = min(s.brk+1, 2) }

// text appends t, collapsing its whitespace (no-break spaces included).
func (s *sink) text(t string) {
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		i += n
		if unicode.IsSpace(r) {
			s.space = true
			continue
		}
		if s.b.Len() > 0 {
			switch {
			case s.brk == 2:
				s.b.WriteString("\n\n")
			case s.brk == 1:
				s.b.WriteString("\n")
			case s.space:
				s.b.WriteByte(' ')
			}
		}
		s.brk, s.space = 0, false
		if r == utf8.RuneError && n == 1 {
			s.b.WriteByte(t[i-1]) // leave invalid bytes for sanitize to flag
			continue
		}
		s.b.WriteRune(r)
	}
}
