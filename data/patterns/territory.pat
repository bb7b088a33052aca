# territory — control of a place changes hands: captured, liberated,
# withdrawn, advance. No typical quantities.

rule territory.capture
  type territory
  subtype capture
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "captured"|"captures"|"capturing"|"seized"|"seizes"|"seizing"|"overran"|"overrun"|"conquered" ...4 [location:LOC]
  match [location:LOC] ...4 "captured"|"seized"|"overrun"|"overran"
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "could"|"would"|"will"|"not"|"to"|"may"|"might"|"did"|"never" capture|seize|occupy|overrun|conquer ...4 [location:LOC]
  # "many of them captured in the Kursk region": people, not ground.
  unless injured|wounded|prisoner|prisoners|captive|captives|pow|pows|territory|territories|them|alive

rule territory.take
  type territory
  subtype capture
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 take|took|taken ...4 [location:LOC]
  match take|took|taken "control"|"full" ...2 "of"|"over" ...5 [location:LOC]
  unless place|part|note|office|power|part|step|measure|action|look|turn|effect|hold|position|stance|seriously|advantage|account|responsibility|credit|shape|total|totals|tally|number|figure|hospital|hospitals|wounded|injured|evacuated|evacuees|custody|questioning|children|refugees|prisoners|prisoner|deported|train|trains|bus|buses|shelter|shelters|morgue

rule territory.liberate
  type territory
  subtype liberation
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 liberate|retake|recapture|regain|reclaim|free ...4 [location:LOC]
  match [location:LOC] ...4 liberate|retake|recapture
  # "Opytne, a village five kilometres to the south, was retaken on Sept. 15
  # by the 47th Brigade": the place, then an apposition, then the passive.
  match [location:LOC] "," ...10 "," "was"|"has"|"had"|"is" "been"? retake|recapture|liberate ...5 "by"? "the"? [actor:UNIT|ORG|GROUP]?
  # "have completed the liberation of the town of Sudzha".
  # 'completed the "liberation" of Soledar': the word may stand in quotes.
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 "liberation"|"recapture"|"reconquest" ...1 "of" ...4 [location:LOC]
  # 'the ministry announced the "liberation" of the settlement': the town of the story.
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "announced"|"announces"|"announce"|"claimed"|"claims"|"claim"|"reported"|"reports"|"completed"|"completes"|"complete"|"declared"|"declares" ...2 liberation|recapture ...1 "of" "the" "town"|"city"|"village"|"settlement"
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 liberate|retake|recapture|regain|free ...3 [count:QTY] ...3 town|towns|village|villages|settlement|settlements|locality|localities
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 push|pushed|drive|drove|driven|oust|ousted|expel|expelled ...4 "out"? "of"|"from" ...4 [location:LOC]
  match flag ...4 raise|raised|hoisted|hoist ...2 "over"|"in"|"above"|"at" ...2 [location:LOC]
  match [count:QTY] ...2 town|towns|village|villages|settlement|settlements|locality|localities ...6 liberate|retake|recapture|free
  match "among" ...2 village|villages|town|towns|settlement|settlements|place|places|locality|localities liberate|retake|recapture|free ...12 "were"|"was"|"are" [location:LOC]

rule territory.fall
  type territory
  subtype capture
  weight 0.75
  match [location:LOC] ...3 fall|fell|fallen "to"|"into"
  match fall "of" ...2 [location:LOC]
  match capture|seizure|liberation|fall|recapture "of" ...2 [location:LOC]

rule territory.control
  type territory
  subtype capture
  weight 0.65
  match [actor:ORG|GROUP|LOC|UNIT] ...3 control|controls|hold|holds ...4 [location:LOC]
  match establish|gain|seize|take "control" ...2 "of"|"over" ...3 [location:LOC]
  match regain|regained|retake|retook|restore|restored|claim|claimed|assume|assumed|establish|established "full"? "control" ...2 "of"|"over" ...3 [location:LOC]
  # The verb, not the adjective: "Russian troops occupied most of Kherson",
  # not "the fleet in the occupied port of Sevastopol".
  match [actor:ORG|GROUP|LOC|UNIT] ...3 "occupy"|"occupies"|"occupying" ...3 "most"|"part"|"all"|"much"? "of"? ...2 [location:LOC]
  match [actor:ORG|GROUP|LOC|UNIT] "has"|"have"|"had"|"now"|"also"|"quickly"|"fully"|"then"? "occupied" ...3 "most"|"part"|"all"|"much"? "of"? ...2 [location:LOC]
  match [location:LOC] ...3 "came"|"comes"|"is"|"was"|"now"|"fell"|"remains"|"remained" ...2 "under" ...2 control
  match [location:LOC] "," ...12 "," "was"|"is"|"were"|"had" "been"? "back"|"now"|"again"|"firmly"? "under" ...2 control
  unless border|export|import|price|arms|birth|crowd|damage|quality|pest|traffic|air|partially|temporarily|territories|out|position|positions|line|lines|civilians|prisoners|hostages|captives|charges|custody|detention|prison|soldiers|journalist|journalists|talks|elections|referendum

# A share of a town: "Russian forces now control 70 per cent of Sievierodonetsk".
rule territory.share
  type territory
  subtype capture
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT] ...3 control|controls|controlled|hold|holds|held|occupy|occupies|occupied ...2 [QTY] ...2 "of" ...2 [location:LOC]

# A bridgehead: "Ukrainian forces have established several footholds on the
# east bank", "secured a bridgehead near Krynky".
rule territory.foothold
  type territory
  subtype advance
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 establish|established|establishes|gain|gained|secure|secured|hold|held|expand|expanded|widen|widened ...3 foothold|footholds|bridgehead|bridgeheads ...6 [location:LOC]?

# "Prigozhin had already claimed control of the town": the town of the story.
rule territory.claim_town
  type territory
  subtype capture
  weight 0.65
  match [actor:ORG|GROUP|LOC|UNIT|PER]? ...3 claim|claimed|claims|declare|declared "full"? "control" "of"|"over" "the" "town"|"city"|"village"|"settlement"


rule territory.advance
  type territory
  subtype advance
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 advance|advanced|push|press|gain|progress|breakthrough ...4 "near"|"toward"|"towards"|"in"|"into"|"on"|"around"|"to" ...5 [location:LOC]
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 break|broke|broken ...2 "through" ...4 "near"|"at"|"around"|"outside" ...2 [location:LOC]
  # "attributed recent Russian gains to Russia's advantage": an analysis of gains, not an advance.
  unless conference|briefing|release|statement|secretary|office|freedom|reports|attributed|attributes|attribute|attributing
  # "Continental Press writers in Kyiv contributed to this report": a news agency's name, not a push.
  unless writer|writers|contributed|correspondent|correspondents|reporter|reporters

rule territory.withdraw
  type territory
  subtype withdrawal
  plover RETREAT
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 withdraw|withdrew|retreat|pull ...3 "from"|"out" ...3 [location:LOC]
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 abandon|evacuate ...3 [location:LOC]
  match [actor:GROUP|UNIT] ...2 "left"|"leave"|"leaving" [location:LOC]
  match [actor:ORG|GROUP|UNIT] ...3 "left"|"abandoned"|"fled" "the" village|town|city|settlement "of"? [location:LOC]?
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 withdraw|withdrew|retreat|retreated|pull|pulled ...3 "from"|"out" ...2 [count:QTY] ...2 village|villages|settlement|settlements|position|positions|town|towns
  # "the enemy is pulling reserves from the Izium direction": reserves moved, not ground given up.
  unless civilian|resident|family|child|people|talks|treaty|agreement|deal|embassy|citizens|nationals|tourists|diplomats|staff|advised|urged|companies|firms|reserves|reinforcements

# "Ukrainian soldiers entered Kherson", "troops have entered the outskirts of X".
rule territory.enter
  type territory
  subtype entry
  plover ASSAULT
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT] ...3 troop|troops|soldier|soldiers|forces|units|unit|fighters|fighter|mercenaries|column|columns|tanks? ...2 enter|entered|enters|entering|reach|reached ...2 "into"|"the"|"outskirts"|"of"|"centre"|"center"? ...3 [location:LOC]
  unless talks|negotiations|agreement|market|force|service|phase|stage|war

# "settlements under Ukrainian control", "holds 28 settlements in the region".
rule territory.count
  type territory
  subtype control
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 control|controls|hold|holds|held|occupy|occupied|captured|taken|seized ...2 [count:QTY] ...2 settlement|settlements|village|villages|town|towns|locality|localities
  match [count:QTY] ...2 settlement|settlements|village|villages|town|towns ...4 "under" ...2 control
