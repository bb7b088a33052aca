# policy — decision, permission, appointment, court ruling, law.

rule policy.permission
  type policy
  subtype permission
  plover SUPPORT
  weight 0.8
  match [actor:ORG|GROUP|LOC|PER]? ...3 allow|permit|authorise|authorize|approve|greenlight|clear|lift ...4 [target:LOC|ORG|GROUP|PER]? ...2 "to"|"for"|"use"? ...4 strike|use|fire|attack|target|deploy|utilize|utilise|employ|launch
  match [actor:ORG|GROUP|LOC|PER]? ...3 lift|ease ...3 restriction|restrictions|ban|limit|limits|curbs ...4 use|strike|long-range|weapon|missile
  unless ask|asked|asks|urge|urged|urges|press|pressed|appeal|appealed|request|requested|call|called|calls|calling

rule policy.appointment
  type policy
  subtype appointment
  plover SUPPORT
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 appoint|name|nominate|pick|tap|choose|select|designate ...8 envoy|minister|commander|chief|head|ambassador|representative|secretary|adviser|advisor|general
  match [PER] ...3 "appointed"|"named"|"nominated" ...3 "as"? ...4 envoy|minister|commander|chief|head|ambassador|representative|secretary|adviser
  match [actor:PER|ORG|LOC|GROUP]? ...3 dismiss|fire|sack|replace|remove|oust ...6 commander|chief|minister|head|general|governor
  # "fired two missiles at a meeting of commanders": shots, not a dismissal.
  unless missile|missiles|rocket|rockets|drone|drones|shell|shells|shot|shots|round|rounds|into|line

# "submitted his resignation", "resigned as defence minister".
rule policy.resignation
  type policy
  subtype resignation
  weight 0.7
  match [actor:PER]? ...3 resign|resigned|resigns|resignation
  unless calls|called|call|demand|demanded|demands|urged|refused|refuses|rejected

# "Putin was sworn in for a fifth term".
rule policy.inauguration
  type policy
  subtype inauguration
  weight 0.75
  match [actor:PER]? ...3 "sworn" "in" ...4 "as"|"for"|"to"? ...3 term|president|minister|office|mayor|chancellor|prime

rule policy.court
  type policy
  subtype court
  plover COERCE
  weight 0.8
  match court|tribunal|judge ...4 order|rule|ruled|sentence|fine|ban|convict|uphold|block
  # "A military court placed the general in custody for two months".
  match court|tribunal|judge ...4 place|placed|places|remand|remanded ...4 "in"|"into"|"under" "custody"|"detention"|"arrest"
  match [actor:ORG]? ...2 order|ordered|orders ...4 [target:ORG|PER]? ...2 "to" ...2 obscure|remove|block|hide|delete|blur|stop|pay|close|shut|ban

rule policy.law
  type policy
  subtype law
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 pass|adopt|approve|sign|enact|vote|introduce|veto ...3 law|bill|legislation|decree|resolution|amendment|budget
  # "when the Defence Ministry approved the new procedure", "the cabinet adopted rules for ...".
  match [actor:ORG|GROUP|LOC|PER]? ...3 "approved"|"approves"|"adopted"|"adopts"|"introduced"|"introduces" ...2 "new"|"the"|"a"? ...2 procedure|procedures|regulation|regulations|rules
  match [actor:ORG|GROUP|LOC|PER]? ...3 decree|law|bill|legislation ...3 "signed"|"passed"|"adopted"|"approved"|"enacted"
  unless physics|nature|gravity

rule policy.decision
  type policy
  subtype decision
  weight 0.65
  match [actor:ORG|GROUP|LOC|PER]? ...3 decide|decision|ban|prohibit|suspend|extend|declare|introduce|impose|announce|order|lift ...4 martial|state|ban|curfew|emergency|moratorium|export|import|visa|entry|tariff|regime|lockdown
  # "declared the waters around six ports a war risk area", "a no-fly zone".
  match declare|declared|declares|designate|designated|establish|established|impose|imposed ...12 "risk"|"exclusion"|"no-fly"|"danger"|"restricted"|"closed"|"buffer" "zone"|"area"|"zones"|"areas"
  # "Moscow banned 81 European media outlets", "Kyiv blocked Russian websites".
  match [actor:ORG|GROUP|LOC|PER]? ...3 ban|banned|banning|block|blocked|blocking|outlaw|outlawed ...3 [entities:QTY]? ...3 media|outlet|outlets|website|websites|broadcaster|broadcasters|channel|channels|newspaper|newspapers|party|parties|church
  unless price|fire

# Criminal proceedings opened: "investigators opened a criminal case", "the
# SBU launched an investigation into". A step of law, not an arrest.
rule policy.investigation
  type policy
  subtype investigation
  plover COERCE
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 open|opened|opens|launch|launched|launches|initiate|initiated|start|started ...3 "a"|"an"|"the"? "criminal"|"terrorism"|"war-crimes"|"murder"|"treason"? case|cases|investigation|investigations|probe|proceedings

# "Tuesday was declared a day of mourning", "the city declared three days of mourning",
# "Kharkiv began three days of mourning on Monday", "declared the mourning period".
# "The United States has paused all military aid to Ukraine", "the exchange
# halted trading in dollars and euros", "suspended intelligence sharing".
rule policy.pause
  type policy
  subtype suspension
  plover REJECT
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 pause|paused|pauses|suspend|suspended|suspends|halt|halted|halts|freeze|froze|frozen ...3 "all"|"its"|"the"? ...2 aid|assistance|deliveries|shipments|trading|flights|exports|imports|transit|cooperation|sharing
  unless production|fire|fighting|shelling|attack|attacks|strikes|offensive|advance|operations|search|rescue|work|repairs|due

rule policy.mourning
  type policy
  subtype mourning
  plover SUPPORT
  weight 0.75
  match declare|announce|proclaim ...4 day|days "of" mourning
  match day|days "of" mourning ...4 "declared"|"announced"|"proclaimed"
  match [location:LOC] ...2 observe|begin|hold|mark|start|enter ...4 day|days|period "of" "national"? mourning
  match declare|announce|proclaim ...3 "the"|"a"? mourning "period"|"day"|"days"

# "Moscow pulled out of the grain deal", "Russia withdrew from the treaty".
# "Russia refused to extend the Black Sea Grain Initiative".
rule policy.refuse_deal
  type policy
  subtype withdrawal
  plover REJECT
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 refuse|refused|refuses|declined|declines|decline ...1 "to" "extend"|"renew"|"prolong"|"ratify" ...4 deal|initiative|agreement|accord|treaty|contract|arrangement|pact

rule policy.withdraw_deal
  type policy
  subtype withdrawal
  plover REJECT
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 pull|withdraw|quit|exit|leave|suspend|abandon ...2 "out"? "of"|"from"? ...5 deal|agreement|treaty|initiative|accord|pact|convention|corridor
  # "They left without announcing any agreement": no deal was left.
  unless troops|forces|soldiers|units|without

# "buyers were given until March 12 to wind down their deals": a deadline.
rule policy.deadline
  type policy
  subtype deadline
  weight 0.65
  match give|given|gave|set|sets|until ...2 "until"|"deadline"|"of" [DATE] "to" ...3 wind|complete|end|leave|comply|withdraw|sell|divest|stop

# "ordered the evacuation of families with children", "about 121,000 people
# have been evacuated", "told residents to leave the district".
rule policy.evacuation
  type policy
  subtype evacuation
  plover COERCE
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 order|ordered|announce|announced|declare|declared|begin|began|start|started|extend|extended ...3 "mandatory"|"forced"|"compulsory"? evacuation|evacuations
  match "mandatory"|"forced"|"compulsory" evacuation|evacuations
  match [people:QTY] ...3 person|people|resident|residents|civilian|civilians|child|children ...3 "were"|"have"|"had"|"been"|"was" ...2 "evacuated"|"relocated"
  match [actor:ORG|GROUP|LOC|PER]? ...3 order|ordered|orders|urge|urged|told|tell ...2 resident|residents|civilian|civilians|people|families ...2 "to" leave|evacuate
  unless drill|drills|exercise|plan|plans

# "Poland closed its road and rail crossings with Belarus", "closed its airspace".
rule policy.border_closure
  type policy
  subtype border_closure
  plover COERCE
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...4 close|closed|closes|shut|shuts|seal|sealed ...6 border|crossing|crossings|checkpoint|checkpoints|airspace|frontier
  unless case|cases|ranks|gap|deal

# "Shoigu ordered the withdrawal from the west bank", "the pullback was
# ordered on Wednesday by the defence minister".
rule policy.order_withdrawal
  type policy
  subtype withdrawal_order
  plover RETREAT
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 order|orders|ordered|approve|approved|announce|announced ...3 withdrawal|pullback|pull-out|retreat
  match [actor:ORG|GROUP|LOC|PER]? ...2 "ordered"|"orders"|"told" ...4 "to" "turn" "back"|"around"
  match [actor:ORG|GROUP|LOC|PER]? ...2 "ordered"|"orders" ...4 "to" "halt"|"stop" ...2 advance|march|offensive|column
  match withdrawal|pullback|pull-out|retreat ...3 "was"|"had"|"has" "been"? "ordered"|"approved"|"announced"
  unless sanctions|ambassador|diplomats|embassy|bill|candidacy

# "Moscow expelled two Estonian diplomats".
rule policy.expulsion
  type policy
  subtype expulsion
  plover COERCE
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 expel|expelled|expels|expelling ...5 diplomat|diplomats|ambassador|envoy|attache|staff|embassy
  match diplomat|diplomats|ambassador|envoy ...4 "were"|"was" "expelled"|"declared"


# "declared the organisation a terrorist group", "designated ... extremist".
rule policy.designation
  type policy
  subtype designation
  plover COERCE
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 declare|declared|designate|designated|label|labelled|labeled|list|listed|recognise|recognised|recognize|recognized ...6 terrorist|extremist|undesirable

# "The International Criminal Court issued an arrest warrant for Putin".
rule policy.warrant
  type policy
  subtype court
  plover COERCE
  weight 0.8
  match [actor:ORG|PER|LOC]? ...3 issue|issued|issues|seek|sought ...3 "an"|"arrest"? ...1 warrant|warrants

# Public life called off for safety: "the governor cancelled New Year
# celebrations", "the Victory Day parade was called off".
rule policy.cancel
  type policy
  subtype cancellation
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 cancel|cancelled|canceled|scrap|scrapped ...4 celebration|celebrations|festivities|parade|parades|fireworks|concert|concerts|event|events|festival
  match celebration|celebrations|festivities|parade|parades|fireworks|festival ...4 "were"|"was"|"have"|"has" "been"? "cancelled"|"canceled"|"called"
  unless flight|flights|train|trains

# A truce declared by one side: "Putin declared a three-day ceasefire".
rule policy.truce
  type policy
  subtype ceasefire
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 declare|declared|announce|announced|order|ordered|proclaim|proclaimed ...6 ceasefire|truce|cease-fire
  # "Putin agreed to a thirty-day halt to strikes on energy infrastructure".
  match [actor:ORG|GROUP|LOC|PER]? ...3 agree|agreed|agrees|accept|accepted ...3 "to"|"a"|"the"? ...4 halt|pause|moratorium|ceasefire|truce|cease-fire

# Schools, shops and offices closed or sent online by the authorities:
# "schools and shopping centres would be closed on Thursday", "the council
# told schools to switch to remote learning".
rule policy.closure
  type policy
  subtype closure
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 close|closed|closes|closing|shut|shuts|shutting|suspend|suspended ...3 school|schools|kindergarten|kindergartens|shop|shops|shopping|university|universities|market|markets|office|offices|businesses|classes
  match school|schools|kindergarten|kindergartens|shop|shops|shopping|universities|markets|offices|businesses|classes ...4 "would"|"will"|"were"|"was"|"are"|"to"|"had" "be"|"been"|"stay"|"remain"? "closed"|"shut"|"suspended"
  match [actor:ORG|GROUP|LOC|PER]? ...3 told|ordered|instructed|asked|urged|advised ...3 school|schools|universities|businesses|employers|offices ...3 "to" ...3 remote|online|distance|close|shut
  match school|schools|classes|universities ...4 "switch"|"switched"|"move"|"moved"|"go"|"went" ...2 "to"|"online" ...2 remote|online|distance|learning?
  unless fire|fires|ranks|deal|deals|gap|gaps|eyes|door|doors|account|accounts|airspace|border|borders

# An order that raises the readiness of nuclear forces: "Putin ordered the
# deterrence forces on a special regime of combat duty", "ordered the
# strategic forces put on high alert".
rule policy.alert_order
  type policy
  subtype alert
  plover THREATEN
  weight 0.7
  match [actor:PER|ORG|LOC]? ...3 order|ordered|orders|instruct|instructed ...12 "put"|"place"|"placed"|"putting"|"placing" ...4 nuclear|deterrence|deterrent|strategic ...2 "forces"|"force"|"arsenal" ...2 "on"|"onto"|"into" ...6 alert|readiness|duty
  match [actor:PER|ORG|LOC]? ...3 order|ordered|orders ...4 nuclear|deterrence|deterrent|strategic ...2 "forces"|"force"|"arsenal" ...2 "on"|"onto"|"into"|"put"|"placed" ...6 alert|readiness|duty
  unless drill|drills|exercise|exercises

# "schools and shopping centres in Belgorod and eight border districts would
# stay closed on Thursday": a list of places between the schools and the order.
rule policy.stay_closed
  type policy
  subtype closure
  weight 0.7
  match school|schools|kindergarten|kindergartens ...10 "would"|"will"|"to"|"must"|"should" "stay"|"remain"|"be" "closed"|"shut"
  unless fire|fires|deal|deals|eyes|door|doors|account|accounts|airspace|crossing|crossings|checkpoint|checkpoints

# "The Bank of Russia more than doubled its key rate to 20 percent".
rule policy.interest_rate
  type policy
  subtype monetary
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...4 raise|raised|raises|hike|hiked|hikes|cut|cuts|lower|lowered|lowers|double|doubled|doubles|increase|increased|keep|kept|hold|held ...3 "its"|"the"? "key"|"benchmark"|"interest"|"policy"|"discount" "interest"? "rate"|"rates"

# A status granted or recommended: "the Commission recommended candidate
# status for Ukraine", "EU leaders granted Moldova candidate status".
rule policy.status
  type policy
  subtype status
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 recommend|recommended|recommends|grant|granted|grants|give|gave|approve|approved|award|awarded ...4 "candidate"|"candidacy"|"observer"|"membership"|"refugee"|"protected" "status"|"country"?

# Permission for people: "the regulator allowed Kyivstar customers to roam
# free of charge", "men of 18 to 22 were allowed to leave the country".
rule policy.allowance
  type policy
  subtype permission
  weight 0.65
  match [actor:ORG|GROUP|LOC|PER]? ...3 allow|allowed|allows|permit|permitted|permits|let ...4 customer|customers|resident|residents|citizen|citizens|men|women|people|refugees|students|companies|firms|subscribers|users|journalists ...3 "to"
  match customer|customers|resident|residents|citizen|citizens|men|women|refugees|students|companies|subscribers|users|journalists ...4 "were"|"are"|"will"|"would" "be"? "allowed"|"permitted" "to"
  unless ask|asked|asks|urge|urged|urges|request|requested|not|never

