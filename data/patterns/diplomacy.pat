# diplomacy — meeting, visit, talks, summit, call, negotiation.

rule diplomacy.meet
  type diplomacy
  subtype meeting
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 meet|met|host|receive|welcome ...2 "with"? [target:PER|ORG|LOC|GROUP] ...6 [location:LOC]?
  match [actor:PER|ORG|LOC|GROUP] ...2 "and" [target:PER|ORG|LOC|GROUP] ...3 meet|met|hold|held ...6 [location:LOC]?
  # "Delegations led by Marco Rubio and Russian Foreign Minister Sergei Lavrov met in Riyadh".
  match [actor:PER|ORG|LOC|GROUP] ...2 "and" ...4 [target:PER] ...2 "met"|"meet"|"held"|"hold" ...8 [location:LOC]?
  # "hosted about 18 leaders at Lancaster House", "hosted his counterparts".
  match [actor:PER|ORG|LOC|GROUP]? ...3 host|hosted|hosts|hosting ...3 [count:QTY]? ...2 leader|leaders|counterpart|counterparts|delegation|delegations|minister|ministers|president|presidents|summit ...8 [location:LOC]?
  unless expectation|demand|deadline|target|requirement|criteria|standard|goal|obligation|missile|missiles|fired|struck|strike|hit|shells|shell|ammunition|weapons|arms|supplies|oil|gas|payment|payments|funds|shipments|deliveries|components|gap

rule diplomacy.visit
  type diplomacy
  subtype visit
  weight 0.8
  # "Modi on Friday became the first Indian prime minister to visit Ukraine".
  match [actor:PER|ORG] ...4 "became"|"becomes"|"become" "the" "first" ...6 "to" visit|visited|tour|travel ...2 [location:LOC]
  match [actor:PER|ORG|LOC|GROUP]? ...3 visit|travel|trip|tour|fly|embark ...4 [location:LOC]
  match [actor:PER|ORG|LOC|GROUP]? ...3 "fact-finding"|"official"|"state"|"surprise"|"diplomatic" ...2 trip|visit|tour|mission ...4 [location:LOC]?
  match [actor:PER|ORG|LOC|GROUP] ...2 "is"|"was"|"are"|"were" "due"|"expected" "in"|"to" "visit"? [location:LOC]
  # "the victims had been travelling to Sumy", "relatives who travel to Russia":
  # people on the road, not a visit.
  unless hospital|hospitals|hospitalised|hospitalized|evacuated|wounded|victims|victim|passengers|passenger|relatives|volunteers|refugees|residents|civilians|evacuees|pilgrims|tourists|students|families
  # "the jet was flying from Moscow to St Petersburg", "drones flew towards
  # the capital": a craft in the air, not a visit.
  unless jet|jets|plane|planes|aircraft|airliner|airliners|helicopter|helicopters|drone|drones|missile|missiles

# "The foreign minister arrived in Kyiv on Tuesday": a visit; "300 soldiers
# arrived in Poland" is a deployment (deployment.posture), not a visit.
rule diplomacy.arrival
  type diplomacy
  subtype visit
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 arrive ...4 [location:LOC]
  # "The IAEA mission headed by Grossi reached the plant": envoys arriving.
  match mission|delegation|inspectors|envoys|monitors ...6 "reached"|"arrived"|"arrives"|"reaches" ...3 plant|station|site|capital|city
  match mission|delegation|inspectors|envoys|monitors ...6 "reached"|"arrived"|"arrives"|"reaches" ...3 [location:LOC]
  unless hospital|hospitals|hospitalised|hospitalized|evacuated|wounded|soldier|soldiers|troop|troops|contingent|contingents|battalion|battalions|brigade|brigades|reinforcements|marines|paratroopers|refugee|refugees|shipment|shipments|train|trains|convoy|convoys|ship|ships|vessel|vessels|grain|aid

rule diplomacy.talks
  type diplomacy
  subtype talks
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...4 hold|held|conduct|begin|start|resume|open|join|attend ...3 talks|negotiations|consultations|meeting|summit|dialogue ...6 [location:LOC]?
  match talks|negotiations|summit|consultations ...3 "with"|"between" ...2 [target:PER|ORG|LOC|GROUP] ...6 [location:LOC]?
  match summit|conference ...3 "in"|"at" ...2 [location:LOC]
  # "agreed to open membership talks with Ukraine": accession, a decision of the bloc.
  unless press|news|briefing|membership|accession

rule diplomacy.convene
  type diplomacy
  subtype meeting
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 leader|minister|official|delegation|representative|envoy|head? ...2 convene|gather|assemble|meet ...4 "in"|"at" ...5 [location:LOC]
  unless missile|missiles|fired|struck|strike|hit

rule diplomacy.call
  type diplomacy
  subtype call
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 "phone"|"telephone"|"video" call|conversation|talk ...3 "with" [target:PER|ORG|LOC|GROUP]
  match [actor:PER]? ...3 speak|spoke|talk "by"? "phone"|"with" ...2 [target:PER|ORG|LOC|GROUP]
  # "Trump and Putin spoke by phone for more than two hours".
  match [actor:PER|ORG|LOC|GROUP] "and" [target:PER|ORG|LOC|GROUP] ...2 "spoke"|"speak"|"talked"|"talk"|"held" ...3 "phone"|"telephone"|"call"|"video"
  unless membership|accession

rule diplomacy.negotiate
  type diplomacy
  subtype negotiation
  weight 0.65
  match [actor:PER|ORG|LOC|GROUP]? ...3 negotiate|mediate ...3 "with"|"between"|"a"|"an"|"the" ...4 [target:PER|ORG|LOC|GROUP]?
  match [actor:PER|ORG|LOC|GROUP]? ...3 hold|begin|start|resume|open|join|enter|broker "peace"|"ceasefire"|"truce" talks|negotiations
  match [actor:PER|ORG|LOC|GROUP] "and" [target:PER|ORG|LOC|GROUP] "should"|"must"|"to"|"would"|"will"? negotiate|talk

# Agreements between governments: "Zelensky signed a security agreement with
# Tusk", "Kyiv and London signed a 100-year partnership pact". A law or a
# decree signed is policy; a soldier's contract is mobilization.
rule diplomacy.agreement
  type diplomacy
  subtype agreement
  plover AGREE
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 sign|conclude|ink|seal ...4 agreement|agreements|deal|pact|accord|treaty|memorandum|communique ...3 "with"? [target:PER|ORG|LOC|GROUP]?
  # 'have signed a "comprehensive strategic partnership" treaty'.
  match [actor:PER|ORG|LOC|GROUP]? ...3 sign|signed|signs|conclude|concluded ...1 "a"|"an"|"the" ...6 partnership|security|cooperation|defence|defense|friendship|assistance ...1 "treaty"|"agreement"|"pact"|"accord"
  match [actor:PER|ORG|LOC|GROUP] "and" [target:PER|ORG|LOC|GROUP] ...3 sign|signed|conclude|concluded|agree|agreed ...4 agreement|deal|pact|accord|treaty|memorandum
  unless contract|contracts|petition|book|books|law|bill|decree|order|autograph|letter|record|player

# Prisoner exchanges: "Ukraine and Russia swapped 150 prisoners each", "189
# Ukrainians returned home from captivity". Quantity: people (returned).
rule diplomacy.exchange
  type diplomacy
  subtype prisoner_exchange
  plover COOPERATE
  weight 0.8
  match [people:QTY] ...1 prisoner|prisoners|pow|pows|captive|captives|serviceman|servicemen|soldier|soldiers|defender|defenders|civilian|civilians|Ukrainians|Russians ...6 return|free|release|repatriate|swap|exchange
  match exchange|swap|release|free|return|hand ...4 [people:QTY] ...1 prisoner|prisoners|pow|pows|captive|captives|serviceman|servicemen|soldier|soldiers|defender|defenders|body|bodies
  match [actor:ORG|GROUP|LOC|PER]? ...3 prisoner|prisoners|pow|pows|pow|captive ...2 exchange|swap|exchanges|swaps
  match [actor:ORG|GROUP|LOC|PER]? ...3 exchange|swap ...2 "of" ...3 prisoner|prisoners|pow|pows|captive|captives|bodies
  # "In the exchange at Ankara airport, 26 people were freed".
  match exchange|swap ...8 [people:QTY] ...1 people|persons|detainees|citizens|nationals ...2 "were"|"have"|"had"? "been"? "freed"|"released"|"returned"|"swapped"|"exchanged"
  unless cell|cells|uniform|uniforms|sentence|sentences|front
  match [actor:ORG|GROUP|LOC|PER]? ...3 exchange|swap|trade ...2 prisoner|prisoners|pow|pows|captive|captives|bodies
  unless refugee|refugees|displaced|evacuee|evacuees|school|work|office|rate|currency|stock|information|fire|views

# "Warsaw summoned the Russian charge d'affaires": a protest made through
# diplomats (moved from policy: a summons is a diplomatic act).
rule diplomacy.summons
  type diplomacy
  subtype summons
  plover REJECT
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 summon|summoned|summons|summoning ...4 ambassador|envoy|diplomat|diplomats|charge|chargé|representative|attache
  # "Russia's envoy had been summoned", "the ambassador was summoned to the Foreign Office".
  match [target:GROUP|LOC|ORG]? ...2 ambassador|envoy|diplomat|charge|chargé|attache ...4 "was"|"were"|"been"|"is" "summoned"
