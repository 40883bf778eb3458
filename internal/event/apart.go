package event

import "fmt"

// WhyApart says how the own events of two reports weigh against each
// other, as clustering weighs them: "fits (2.5): same day, in Hangu", or
// why they cannot be one event ("dated 3 days apart"). It is for tools
// that look into the events a corpus gave, not for clustering itself.
func WhyApart(a, b *Doc) string {
	if !a.HasLede || !b.HasLede {
		return "no own event: a report names no attack in its opening"
	}
	rel := relatedPlaces([]Doc{*a, *b}, nil)
	sa, sb := sceneOf(&a.Lede, a, true), sceneOf(&b.Lede, b, true)
	score, ok, why := fit(&sa, &sb, rel, false)
	if !ok {
		return why
	}
	return fmt.Sprintf("fits (%.1f): %s", score+priorMainMain, why)
}
