package bench

// Sentences that carry no claim, as most of a news page does: politics,
// the economy, sport, daily life, and the junk a scraper keeps (share
// buttons, link lists, cookie notices). Numbers in them are deliberate:
// the engine must read past percentages, scores and prices.

var politicsFiller = []string{
	"Parliament is expected to vote on the budget bill next week, after months of wrangling between the {party} and its coalition partners.",
	"{Official} met his counterpart from {country2} on {pubday} to discuss border security and trade.",
	"Opposition leader {person} called for early elections, saying the government had lost the public's trust.",
	"The {party} won {seats} of the {totalseats} seats in the {year} election, its best result in a decade.",
	"Critics say the new security law gives the police sweeping powers with little oversight.",
	"The foreign ministry summoned the ambassador of {country2} over remarks made at a press conference.",
	"A cabinet reshuffle is widely expected before the end of the year.",
	"Lawmakers from both sides of the chamber walked out during the debate.",
	"{Person}, a spokesman for the {party}, said the party would not join any government led by the prime minister.",
	"Talks on a new constitution have stalled over the question of regional autonomy.",
}

var economyFiller = []string{
	"The central bank left its key interest rate unchanged at {pct} percent on {pubday}.",
	"Inflation eased to {pct} percent in {month}, the statistics office said.",
	"The national currency fell {smallpct} percent against the dollar after the news.",
	"Tourism, which accounts for about {pct} percent of the economy, has slumped since the violence began.",
	"{Company} said it would cut {jobs} jobs by the end of the year as demand weakens.",
	"Fuel prices rose for the third month in a row, adding to pressure on households.",
	"The stock exchange in {place2} closed {smallpct} percent lower, led by banking shares.",
	"Exports to {country2} grew by {pct} percent in the first half of the year.",
	"The finance minister said the deficit would narrow to {smallpct} percent of GDP next year.",
	"Farmers in {region} have warned that the drought could halve this year's wheat harvest.",
}

var sportFiller = []string{
	"In football, {team} beat {team2} {score} on {pubday} to go {lead} points clear at the top of the table.",
	"{Person} scored twice as {team} came from behind to win at home.",
	"The match between {team} and {team2} was postponed for security reasons.",
	"{Person} won the women's 10,000 meters in a national record time.",
	"The national team will play {country2} in a friendly next month.",
}

var societyFiller = []string{
	"Schools in {place2} will remain closed until {pubday}, the education ministry said.",
	"Flights to {place2} resumed after a {hours}-hour suspension.",
	"Forecasters expect temperatures to reach {temp} degrees later this week.",
	"A new bridge over the river in {place2} was opened to traffic in {month}.",
	"The city council approved plans for a {jobs}-bed hospital in the northern suburbs.",
	"Heavy rain caused flooding in parts of {region}, cutting power to thousands of homes.",
	"The film festival in {place2} opened with a record number of entries this year.",
	"Officials said the census would be carried out in {year} after repeated delays.",
	"Long queues formed at petrol stations in {place2} on {pubday}.",
	"The museum, closed for renovation since {year}, will reopen to visitors in the spring.",
}

var junkLines = []string{
	"Share This Post",
	"Related Posts",
	"Click here to subscribe to our newsletter",
	"Advertisement",
	"Follow us on Twitter and Facebook",
	"Source link",
	"Comments are closed.",
	"Previous article",
	"Next article",
	"You may also like",
	"Loading...",
	"We use cookies to improve your experience on our site.",
	"Read more:",
	"Most Popular",
	"Sign up for our morning briefing",
}

// Parts of composed filler sentences: who, does what, to what, and how it
// is attributed. Composing them gives thousands of distinct sentences, so a
// long page does not repeat itself.
var (
	fillerWho = []string{"{Official}", "The {party}", "Opposition lawmakers", "Business leaders in {place2}",
		"Union representatives", "Analysts at {company}", "Residents of {place2}", "A delegation from {country2}",
		"Student groups", "The chamber of commerce", "Several regional governors", "Teachers' unions",
		"The mayor of {place2}", "Farmers' associations", "Economists"}
	fillerDoes = []string{"called for", "warned against", "welcomed", "criticised", "pledged to support",
		"questioned", "raised concerns about", "voted against", "urged the government to reconsider",
		"demanded a public inquiry into", "said they would challenge"}
	fillerWhat = []string{"the proposed pension reform", "a new tax on imported cars", "plans to privatise the state railway",
		"the delay in local elections", "the rising cost of bread", "a planned increase in electricity tariffs",
		"the closure of the {place2} steel plant", "the trade agreement with {country2}", "cuts to the education budget",
		"the new mining code", "a ban on street protests", "the tender for the {place2} ring road",
		"changes to the citizenship law", "subsidies for wheat growers", "the sale of the national airline"}
	fillerHow = []string{"", " on {pubday}", ", according to local media", " in a statement", " at a rally in {place2}",
		" during a televised debate", ", saying it would hurt the poorest families", ", citing concerns over transparency",
		" for the second time since {month}", ", a move that drew sharp criticism online"}
)

// composedFiller returns a filler template built from parts.
func (wr *writer) composedFiller() string {
	r := wr.r
	return pick(r, fillerWho) + " " + pick(r, fillerDoes) + " " + pick(r, fillerWhat) + pick(r, fillerHow) + "."
}
