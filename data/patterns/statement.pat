# statement — accusation, condemnation, warning, threat, demand, proposal.
# Reported speech alone ("X said") is attribution, not a statement event:
# a statement rule needs a verb of accusing, warning, demanding...

rule statement.accuse
  type statement
  subtype accusation
  plover ACCUSE
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 accuse|blame|allege|denounce ...4 [target:PER|ORG|LOC|GROUP]?
  unless criminal|court|prosecutor|indictment|fee|battery|suspect|suspects|suspected

rule statement.condemn
  type statement
  subtype condemnation
  plover ACCUSE
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 condemn|denounce|criticise|criticize|slam|decry|deplore ...4 [target:PER|ORG|LOC|GROUP]?
  unless into|onto|shut|door|brakes

rule statement.warn
  type statement
  subtype warning
  plover THREATEN
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 warn|ultimatum ...6 [target:PER|ORG|LOC|GROUP]?
  match [actor:PER|ORG|LOC|GROUP] ...2 threaten ...6 [target:PER|ORG|LOC|GROUP]?
  match [actor:PER|ORG|LOC|GROUP] ...3 promise|promised|vow|vowed|pledge|pledged ...3 "a"|"an"|"the"? ...2 response|retaliation|revenge|consequences|reprisals
  # "promised retaliatory measures", "threatened countermeasures".
  match [actor:PER|ORG|LOC|GROUP]? ...3 promise|promised|vow|vowed|threaten|threatened|warn|warned ...2 retaliatory|countermeasures|counter-measures|retaliation
  # 'vowed to take "necessary measures"', "promised countermeasures".
  match [actor:PER|ORG|LOC|GROUP] ...3 promise|promised|vow|vowed|pledge|pledged|threaten|threatened ...4 "necessary"|"retaliatory"|"resolute"|"tough"|"countermeasures"|"counter-measures"|"mirror" ...2 measures|countermeasures|steps|response
  match [actor:PER|ORG|LOC|GROUP] ...2 threat|threats "to"|"against"|"of"|"that" ...6 [target:PER|ORG|LOC|GROUP]?
  # "police fired warning shots", "air-raid warnings sounded": no words spoken.
  unless shot|shots|siren|sirens|alert|alerts|light|lights|label|labels|sign|signs|system|systems|sounded
  unless weather|storm|flood|air-raid|air|siren|alert|health

rule statement.demand
  type statement
  subtype demand
  plover REQUEST
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 demand|urge|appeal|insist ...2 "on"|"for"|"upon"|"that"? ...4 [target:PER|ORG|LOC|GROUP]?
  # "called on", "called again for"; not "called up for two months".
  match [actor:PER|ORG|LOC|GROUP]? ...3 call "on"|"for"|"upon" ...4 [target:PER|ORG|LOC|GROUP]?
  match [actor:PER|ORG|LOC|GROUP]? ...3 call "again"|"also"|"repeatedly"|"publicly"|"once"|"now"|"today"|"instead" "on"|"for"|"upon" ...4 [target:PER|ORG|LOC|GROUP]?
  match [actor:PER|ORG|LOC|GROUP]? ...3 ask|asked|plead|press ...4 "for"|"to" ...4 more|additional|weapon|weapons|system|systems|air|permission|aid|help|support|sanctions|jets|missiles|patriot|patriots|fighter|fighters|allow|permit|lift|speed|expedite|accelerate|deliver|send|provide|supply|increase|step
  unless phone|video|telephone|roll|close|wake|duty|centre|center|sign|censorship|reject|rejected|heed|ignore|ignored|dismiss|dismissed

rule statement.propose
  type statement
  subtype proposal
  plover REQUEST
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP]? ...3 propose|suggest|offer|float|put ...3 plan|proposal|ceasefire|truce|deal|talks|negotiation|exchange|swap
  # "proposed handing him over to Moscow in exchange for Ukrainian prisoners".
  match [actor:PER|ORG|LOC|GROUP]? ...3 propose|proposed|proposes|offer|offered|offers|suggest|suggested ...8 "in" "exchange"|"return" "for"
  match [actor:PER|ORG|LOC|GROUP] ...2 say|said|says ...4 [target:PER|ORG|LOC|GROUP] "and" [PER|ORG|LOC|GROUP] "should"|"must"|"need" ...2 negotiate|talk|meet|agree|end

# "X said / suggested that Y and Z should negotiate"
rule statement.should
  type statement
  subtype proposal
  plover REQUEST
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP]? ...3 say|said|says|suggest|argue|insist|state ...8 "should"|"must"|"ought" ...4 negotiate|talk|end|agree|stop|cease|withdraw|meet|make|hold|accept

rule statement.chemical
  type statement
  subtype accusation
  plover ACCUSE
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...4 say|report|accuse|allege|document|record ...8 use|used|using ...3 chemical|chloropicrin|gas|toxic|poison|banned|prohibited

# "Moscow called the sanctions illegal", "the mayor described the strike as
# an act of terror", "Putin said the strike was a response to ...": a
# characterisation of an event or measure. The closing word list keeps
# "called for" (a demand) and "called him" (a phone call) out.
rule statement.characterize
  type statement
  subtype characterization
  plover ACCUSE
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP]? ...3 call|brand|describe|label|term|dub ...9 illegal|illegitimate|unlawful|terror|terrorism|terrorist|crime|crimes|barbaric|barbarism|cynical|provocation|propaganda|lie|lies|fake|unacceptable|wishful|escalation|retaliation|revenge|genocide|blackmail|theft|piracy|absurd|hostile|aggression|atrocity|outrageous|killing|murder|massacre|slaughter|inhumane|cruel|deliberate
  match [actor:PER|ORG|LOC|GROUP]? ...3 say|said|says|insist|claim ...8 "a"|"an"|"was"|"were"|"is"|"are" ...2 response|retaliation|revenge|provocation|escalation|illegal|illegitimate|unlawful
  unless phone|video|telephone|call-up

# "Zelensky welcomed the step", "Umerov thanked the three countries".
rule statement.welcome
  type statement
  subtype support
  plover SUPPORT
  weight 0.65
  match [actor:PER|ORG|LOC|GROUP]? ...3 welcome|hail|praise|applaud ...3 "the"|"this"|"a"|"their"|"its"|"his"|"her"|"new"? decision|move|step|sanction|sanctions|package|announcement|news|deal|agreement|vote|measure|measures|release|exchange|return|ruling|aid|support|delivery|deliveries|pledge|plan|listing|listings
  match [actor:PER|ORG|LOC|GROUP]? ...3 thank|thanked|thanks ...6 [target:PER|ORG|LOC|GROUP]
  match [actor:PER|ORG|LOC|GROUP]? ...3 express|expressed ...2 gratitude|thanks ...3 "to" ...3 [target:PER|ORG|LOC|GROUP]?
  unless guest|guests|delegation|visitor|visitors

# "The Kremlin dismissed the new listings", "Kyiv rejected the claim".
rule statement.dismiss
  type statement
  subtype rejection
  plover REJECT
  weight 0.65
  match [actor:PER|ORG|LOC|GROUP]? ...3 dismiss|reject|rebuff|ridicule|deride|scoff ...4 report|reports|claim|claims|allegation|allegations|accusation|accusations|sanction|sanctions|listing|listings|proposal|plan|idea|demand|demands|ultimatum|offer|statement|statements|assertion|assertions|charge|charges
  # 'China's Commerce Ministry said it "firmly opposed" the listings'.
  match [actor:PER|ORG|LOC|GROUP]? ...4 "opposed"|"opposes"|"oppose" ...2 "the"|"these"|"any"|"such"|"new"? ...2 sanction|sanctions|listing|listings|designation|designations|measures|restrictions|decision|move
  # "Ukraine would not recognise any agreement reached without it".
  match [actor:PER|ORG|LOC|GROUP]? ...6 "not"|"never" recognise|recognize ...3 agreement|agreements|deal|deals|result|results|outcome|referendum|referendums|annexation|election|elections|vote|decision
  unless appeal|appeals|lawsuit|motion|candidate|application

# An official's public remark on the war: "Zelensky said the strike showed
# Moscow did not want a ceasefire", "Tusk told parliament ...". Only a named
# person, only when the sentence tells no other event, and only a person's
# first remark in a report (extract/events.cc): the rest is attribution.
rule statement.remark
  type statement
  subtype remark
  plover none
  weight 0.55
  match [actor:PER] ...10 say|said|says|tell|told|write|wrote|argue|insist|stress|declare|assert|acknowledge|admit|concede|predict|describe|described|describes|complain|complained|note|noted|explain|explained|emphasise|emphasised|emphasize|emphasized|reiterate|reiterated|maintain|maintained|vow|vowed|vows|promise|promised|promises|pledge|pledged|pledges
  match [actor:PER] ...3 "called"|"calls" ...4 "a"|"an"
  match say|said|says|told|wrote|added ...2 [actor:PER]
  # '"...," said the High Representative for Foreign Affairs, Josep Borrell': a long title before the name.
  match "said"|"says"|"added"|"wrote" "the" ...12 "," [actor:PER]
  # "Vice-Admiral X of the General Staff stated at a briefing", "stated that".
  match [actor:PER] ...10 "stated"
  match "he"|"she" "also"? said|says|told|wrote|added|stressed|insisted|acknowledged|admitted|argued
  # An organisation that speaks for itself: "Novatek said in a statement that ...".
  match [actor:ORG] ...2 say|said|says ...2 "in"? "a"? "statement"|"that"

# "Putin offered condolences to the families", "expressed sympathy".
rule statement.condolence
  type statement
  subtype condolence
  plover CONSULT
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP]? ...3 offer|offered|offers|express|expressed|expresses|send|sent|extend|extended "his"|"her"|"their"|"its"|"deep"|"deepest"|"sincere"? ...1 condolences|sympathy|sympathies

# "Russia's Defense Ministry denied that it had planned to hit targets in
# Poland", "Kyiv denied the claim": a denial is a statement of its own.
rule statement.deny
  type statement
  subtype denial
  plover REJECT
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP] ...3 deny|denied|denies ...2 "that"|"it"|"any"|"responsibility"|"involvement"|"planning"|"reports"|"report"|"claims"|"the"|"having"
  unless bail|access|entry|visa|permission|request|appeal

# "Zakharova said Washington and London bore direct responsibility for the
# attack": blame without the word "accuse".
rule statement.blame
  type statement
  subtype accusation
  plover ACCUSE
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP] ...3 say|said|says|insist|claim ...8 responsible|responsibility|culpable|complicit
  unless claimed|claim|claims
