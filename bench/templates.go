package bench

// Sentence templates that carry claims. Slots in braces are filled per
// document (see slot); a slot written with a capital first letter is
// capitalised. {k} is the reported death toll with its qualifier, {kx} the
// same without a following noun, {inj} the wounded, {det} the detained, {when}
// the event's date as this document words it.

var titleTemplates = []string{
	"{kx} killed in {kind} at {venue} in {place}",
	"{Kind} in {place} kills {kx}, officials say",
	"Death toll from {place} {kind} climbs to {kx}",
	"{Claimer} claims {place} {kind}",
	"{Country} mourns victims of {place} {kind}",
	"Police detain {detx} after deadly {kind} in {place}",
	"What we know about the {kind} in {place}",
	"Gunmen storm {venue}, dozens feared dead",
	"{Country} blames {blamed} for {place} attack",
	"Survivors describe chaos after {place} {kind}",
}

var leadTemplates = []string{
	"At least {kn} people were killed and {inj} wounded when gunmen stormed {venue} in {place} {when}, officials said.",
	"{Akind} at {venue} in {place} {when} killed {k} people, according to the {ministry}.",
	"The death toll from the {kind} in {place} rose to {kn} on {pubday}, the {ministry} said.",
	"{kn} people died and more than {inj} were injured in {akind} that tore through {venue} in {place} {when}.",
	"The {kind} in {place} {when} left {k} people dead and dozens wounded, local officials said.",
	"Gunmen opened fire on crowds at {venue} in {place} {when}, killing {kx} and wounding {inj}, police said.",
	"A suicide bomber blew himself up at {venue} in {place} {when}, killing {k} people and injuring {inj} others.",
	"Rescue workers pulled {kn} bodies from the rubble of {venue} after the {kind} in {place} {when}.",
	"The {ministry} put the death toll at {kn} on {pubday}, a day after the {kind} at {venue} in {place}.",
	"Attackers armed with rifles and explosives killed {k} people at {venue} in {place} {when} before security forces ended the {kind}.",
	"{kn} people were killed {when} when a car packed with explosives blew up outside {venue} in {place}.",
	"Officials in {place} said {kn} people had died in the {kind} at {venue}, which happened {when}.",
}

var injuryTemplates = []string{
	"Hospital officials said {inj} people were being treated for injuries, {crit} of them in critical condition.",
	"More than {inj} people were wounded in the {kind} in {place}, the {ministry} said.",
	"The {hospital} alone received {inj} injured, a doctor there told reporters.",
	"Another {inj} people were hurt in the stampede that followed the {kind} at {venue}.",
	"The wounded, {inj} in all, were taken to hospitals across {place}.",
}

var casualtyTemplates = []string{
	"The {kind} in {place} caused {cas} casualties, according to figures released by the {ministry}.",
	"In all, the {ministry} recorded {cas} casualties from the {kind}.",
}

var breakdownTemplates = []string{
	"The {kind} at {venue} killed {kn} people, including {kp1} police officers and {kp2} children.",
	"Among the {kn} people who were killed were {kp1} soldiers and {kp2} foreign nationals.",
	"Of the {kn} dead, {kp1} were women and {kp2} were children, the {ministry} said.",
}

var detentionTemplates = []string{
	"After the {kind} in {place}, police detained {det} suspects in overnight raids across {region}.",
	"Security forces have arrested {det} people in connection with the attack, the {agency} said.",
	"{detn} people have been taken into custody so far, including {dp} foreign nationals.",
	"The {agency} announced the arrest of {det} suspected members of {claimer}.",
	"Authorities said {det} suspects were detained in {place2} and {place3} on {pubday}.",
	"In the days after the {kind}, police rounded up {det} people in {place}, rights groups said.",
}

var claimTemplates = []string{
	"{Claimer} claimed responsibility for the attack in a statement posted on its channels.",
	"{Claimer} claimed responsibility for the {kind} on {pubday}, saying its fighters had targeted the {target}.",
	"Officials said the attack was carried out by {claimer}.",
	"Investigators believe {claimer} was behind the {kind}.",
	"In a message shared online, {claimer} took responsibility for the {kind} at {venue}.",
	"The {kind} was the work of {claimer}, a security official told {outlet}.",
}

var blameTemplates = []string{
	"Authorities blamed {blamed} for the {kind}.",
	"The {ministry} accused {blamed} of carrying out the attack.",
	"{Official} blamed {blamed} for the {kind}, without offering evidence.",
	"Government officials accused {blamed} of being behind the attack on {venue}.",
}

var denyTemplates = []string{
	"{Blamed} denied any involvement.",
	"A spokesman for {blamed} said the group had no role in the attack.",
	"{Blamed} denied responsibility for the {kind} in a brief statement.",
}

var foundTemplates = []string{
	"{Grp} was founded in {fyear} by {founder}, a former army officer.",
	"Founded in {fyear}, {grp} has carried out dozens of attacks in {region}.",
	"The group was established in {fmonth} {fyear} after a split with {grp2}.",
	"{Grp}, formed in {fyear}, draws most of its recruits from {region}.",
}

var sizeTemplates = []string{
	"Analysts estimate that {grp} has between {lo} and {hi} fighters.",
	"{Grp}, which has an estimated {sz} members, operates mainly in the hills of {region}.",
	"{Researcher}, a researcher at the {institute}, put the group's strength at about {sz}.",
	"{Grp} has some {sz} fighters, according to a {year} United Nations report.",
}

var leaderTemplates = []string{
	"Its founder, {founder}, was killed in a drone strike {kwhen}.",
	"{Leader}, the group's longtime commander, was killed {kwhen}.",
	"{Founder} died {kwhen} in a clash with security forces, the group later confirmed.",
	"The group has been led by {leader} since {founder} was killed {kwhen}.",
}

var pastTemplates = []string{
	"It was the deadliest attack in {country} since {pwhen}, when {apkind} at {pvenue} in {pplace} killed {pk} people.",
	"In {pwhen}, gunmen stormed {pvenue} in {pplace}, killing {pkx} and wounding {pinj}.",
	"The attack recalled the {pkind} in {pplace} in {pwhen}, which left {pk} people dead.",
	"{Pclaimer} claimed responsibility for the {pkind} at {pvenue} in {pwhen}.",
	"Police detained {pdet} people after the {pkind} in {pplace} in {pwhen}.",
}

var aftermathTemplates = []string{
	"Funerals for several of the victims were held on {pubday} as mourners packed the streets of {place}.",
	"Flags flew at half-mast on government buildings, and the president declared three days of national mourning.",
	"Images shared on social media showed smoke rising over {venue} and people fleeing in panic.",
	"Shops in the center of {place} stayed shut and the streets were largely empty a day later.",
	"Forensic teams were still working at the scene late into the night.",
	"The {agency} raised the national threat level and deployed extra officers to transport hubs.",
	"Blood donors queued outside hospitals after officials appealed for help.",
	"Residents said the area had been calm for months before the {kind}.",
}

var quoteTemplates = []string{
	"\u201cWe heard a huge bang and then everyone was running,\u201d said {person}, a {age}-year-old shopkeeper who was near {venue}.",
	"\u201cThis cowardly act will not go unpunished,\u201d {official} said in a televised address.",
	"\u201cOur thoughts are with the families of the victims,\u201d said {person}, the mayor of {place}.",
	"\u201cThey knew exactly where the crowds would be,\u201d a police officer at the scene said, asking not to be named.",
	"\u201cWe will hunt down everyone who helped plan this,\u201d {official} told reporters.",
	"\u201cI lost my brother and my cousin,\u201d said {person}, standing outside the morgue.",
	"\u201cThe warning signs were there for months,\u201d said {researcher} of the {institute}.",
	"\u201cNobody came to help us for almost an hour,\u201d one survivor told {outlet}.",
}
