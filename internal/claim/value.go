package claim

import "fmt"

// ValueText shows a claim's value in a line, for listings and tests.
func ValueText(c *Claim) string {
	switch c.Type {
	case Count, Breakdown:
		v := fmt.Sprintf("[%d, %d]", c.Lo, c.Hi)
		if unbounded(c.Hi) {
			v = fmt.Sprintf("[%d, ∞)", c.Lo)
		}
		if c.Vague {
			v += " vague"
		}
		if c.Population != "" {
			v += " " + c.Population
		}
		if c.Part {
			v += " part"
		}
		return v
	case Date:
		return fmt.Sprintf("%s..%s %s", c.Date.Lo, c.Date.Hi, c.Date.Precision)
	case Responsibility:
		v := c.ActorName
		if c.Deny {
			v = "not " + v
		}
		if c.Attributor != "" {
			v += " per " + c.Attributor
		}
		return v
	}
	return ""
}
