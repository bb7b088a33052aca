# infrastructure — damage or outage of power, gas, water, heating,
# transport, communications. Quantities: people (left without service).

rule infrastructure.without_service
  type infrastructure
  subtype outage
  weight 0.85
  match [people:QTY] ...4 person|people|household|home|resident|consumer|customer|subscriber ...7 "without"|"lost"|"lose"|"losing" ...2 power|electricity|heating|heat|water|gas|light|supply|connection
  match "left"|"leaving"|"leaves" [people:QTY] ...3 person|people|household|home|resident|consumer ...2 "without" power|electricity|heating|heat|water|gas|light

# "heating was cut to about 500,000 residents", "500,000 people had no heating"
rule infrastructure.cut_to
  type infrastructure
  subtype outage
  weight 0.8
  match power|electricity|heating|heat|water|gas|supply ...2 "cut"|"lost"|"disrupted"|"off" ...2 "to"|"for" ...1 [people:QTY] ...2 person|people|household|home|resident|consumer|customer
  match [people:QTY] ...3 person|people|household|home|resident|consumer|customer ...2 "had"|"have"|"has" "no" power|electricity|heating|heat|water|gas|light
  match power|electricity|heating|heat|water|gas|supply|supplies|light ...2 cut|knock|disrupt|lose ...2 "to"|"for"|"out" ...3 [people:QTY] ...2 person|people|household|households|home|homes|resident|residents|consumer|consumers|customer|customers|subscriber|subscribers
  match cut|knock|cutting|knocking ...1 "out"|"off"? power|electricity|heating|heat|water|gas|supply|supplies ...2 "to"|"for" ...3 [people:QTY]
  match power|electricity|heating|heat|water|gas|supply|supplies ...1 "to" [people:QTY] ...3 home|homes|household|households|resident|residents|consumer|consumers|customer|customers ...4 cut|disrupt|interrupt|suspend
  match [people:QTY] ...3 person|people|household|households|home|homes|resident|residents|consumer|consumers|customer|customers|subscriber|subscribers ...2 "were"|"was"|"remain"|"remained"|"are" "cut"|"left"|"disconnected" "off"|"without"
  match [people:QTY] "were"|"was"|"remain"|"remained"|"are" "cut"|"left"|"disconnected" "off"|"without"
  match [people:QTY] ...2 people|household|households|home|homes|resident|residents|consumer|consumers|customer|customers|subscriber|subscribers ...6 "had"|"have"|"has"|"were"|"was" "been" "cut"|"left"|"disconnected" "off"|"without"

rule infrastructure.outage
  type infrastructure
  subtype outage
  weight 0.75
  match blackout|outage|power-cut|shutdown ...4 [location:LOC]?
  match power|electricity|gas|water|heating|internet "cuts"|"outages"|"outage"|"supply"|"supplies" ...3 "in"|"to"|"across"? [location:LOC]?
  match [actor:ORG]? ...3 switch|shut|turn ...2 "off"|"down" ...3 power|electricity|supply|supplies|gas|water|heating
  # "knocking out power across the country", "knocked out the heating plant".
  match knock|knocked|knocking|knocks "out" ...3 power|electricity|supply|supplies|gas|water|heating|grid|plant|plants|station|substation
  match scheduled|rolling|emergency|planned blackout|blackouts|outage|outages|shutdowns
  # "part of Sloviansk woke up without electricity", "plunged Odesa into darkness".
  match [location:LOC] ...3 "woke"|"wakes"|"plunged"|"plunging"|"went"|"was"|"were" "up"? "without"|"into"|"dark" power|electricity|heating|water|darkness|blackout|blackouts?
  match "plunged"|"plunging"|"plunges"|"left"|"leaving"|"leaves" ...2 [location:LOC] ...2 "into"|"without" power|electricity|heating|water|darkness|blackout
  # "Much of Kharkiv was without electricity", "parts of the city remain without water".
  match [location:LOC] ...3 "was"|"were"|"is"|"are"|"remain"|"remained"|"remains"|"stayed"|"left" ...2 "without" power|electricity|heating|heat|water|gas|light|lights
  # "Parts of the city are without electricity", "the city had lost electricity and hot water".
  match "parts"|"part"|"much"|"most"|"half" "of" "the"? city|town|capital|region|district|country ...3 "was"|"were"|"is"|"are"|"remain"|"remained"|"remains" ...2 "without" power|electricity|heating|heat|water|gas|light|lights
  match city|town|capital ...2 "had"|"has"|"have"? "lost"|"loses" ...2 power|electricity|heating|heat|water|gas|light|lights
  match [location:LOC] ...2 "had"|"has"|"have"? "lost"|"loses" ...2 power|electricity|heating|heat|water|gas|light|lights
  # "Ukrenergo said it would cut power in several regions", "cut electricity to".
  match [actor:ORG]? ...4 cut|cuts|cutting|ration|rationed|restrict|restricted "off"? ...2 power|electricity|supply|supplies|gas|water|heating ...4 [location:LOC]?
  # "all six reactors have been in cold shutdown for months": a reactor's state.
  unless price|prices|tax|taxes|rate|rates|budget|cost|costs|spending|job|jobs|interest|staff|tie|ties|relations|funding|aid|imports|exports|production|cold|reactor|reactors
  unless plant|plants|station|stations|generating|generation|capacity|struggle

rule infrastructure.damage
  type infrastructure
  subtype damage
  weight 0.75
  match damage|destroy ...4 energy|power|electricity|gas|water|heating|rail|railway|bridge|port|grid|substation|plant|infrastructure|facility
  match energy|power|electricity|gas|heating|water|rail|critical infrastructure|grid|plant|station|facility|facilities ...3 damage|damaged|destroy|destroyed|knock
  # "The largest power station supplying the Kyiv region was completely destroyed".
  match plant|station|substation|facility|facilities|refinery|terminal|pipeline|dam|bridge ...8 "was"|"were"|"been"|"is"|"are" "completely"|"badly"|"seriously"|"severely"|"partially"|"heavily"|"largely"? "damaged"|"destroyed"|"wrecked"|"disabled"|"knocked"
  unless price|market|demand|bill|tariff

# Energy and other infrastructure struck: "missiles hit power plants". The
# sentence's attack is an event of its own: this one says what was hit, so
# that the damage to the grid is found as infrastructure too.
rule infrastructure.struck
  type infrastructure
  subtype damage
  weight 0.75
  match hit|strike|target ...4 energy|power|electricity|gas|water|heating|rail|railway|bridge|port|grid|substation|plant|infrastructure|facility
  match energy|power|electricity|gas|heating|water|rail|critical infrastructure|grid|plant|station|facility|facilities ...3 hit
  unless price|market|demand|bill|tariff|sanction|sanctions|package|ban|import|imports|export|exports|liquefied|revenue|revenues|military|ammunition|munitions|storage|depot|depots|airfield|airbase|base|barracks

rule infrastructure.transit
  type infrastructure
  subtype gas
  weight 0.8
  match gas|oil|energy transit|supply|supplies|flow|flows|exports ...4 stop|halt|end|cease|suspend|cut|expire|terminate
  match stop|halt|end|cease|suspend|cut ...4 gas|oil transit|supply|supplies|flow|flows

# Transport stopped: "flights at three airports were suspended", "rail
# traffic was briefly halted", "the blast derailed eight tank wagons".
rule infrastructure.transport
  type infrastructure
  subtype transport
  weight 0.7
  match flight|flights|traffic|trains|train|rail|railway|airport|airports|bridge|ferry|shipping ...8 "was"|"were"|"had"|"have" "been"? "briefly"|"temporarily"? "suspended"|"halted"|"stopped"|"closed"|"restricted"|"disrupted"|"delayed"|"cancelled"|"canceled"
  match flight|flights|trains|train|ferry|ferries ...4 "were"|"was" "held" "up"
  match [actor:GROUP|ORG|PER]? ...3 "set" "fire" "to" ...4 rail|railway|relay|substation|transformer|locomotive|train|signal|signalling|cabinet|equipment|depot|tower|line
  match [actor:ORG|GROUP|LOC|PER]? ...3 suspend|suspended|halt|halted|close|closed|restrict|restricted ...3 flight|flights|traffic|trains|rail|railway|airport|airports|shipping
  match derail|derailed|derails ...4 wagon|wagons|train|trains|locomotive|carriage|carriages|freight|tank
  unless talks|negotiations|aid|payments|exports|imports|sales|production

# Facilities hit or burning: "a fire broke out at a grain terminal", "the
# cooling tower caught fire", "the dam was destroyed", "two silos were destroyed".
rule infrastructure.facility
  type infrastructure
  subtype damage
  weight 0.7
  match fire ...2 "broke"|"started"|"erupted"|"raged" "out"? ...3 "at"|"in" ...4 plant|terminal|station|substation|facility|refinery|depot|warehouse|port|tower|dam|silo|silos|pipeline|infrastructure|grid
  match plant|terminal|station|substation|facility|refinery|depot|warehouse|port|tower|dam|silo|silos|pipeline|bridge|infrastructure ...4 "caught" "fire"
  match dam|bridge|terminal|silo|silos|warehouse|pipeline|tower|refinery|depot|port|substation|plant|station ...3 "was"|"were"|"had"|"has"|"have" "been"? "damaged"|"destroyed"|"hit"|"struck"|"blown"|"breached"|"flooded"
  # "The dam and the plant attached to it, in the town of Nova Kakhovka, collapsed", "two bridges collapsed".
  match dam|dams|bridge|bridges|overpass|building|buildings|tower|plant|station ...12 collapse|collapsed|collapses|collapsing
  unless police|fire-fighters|firefighters|bus|railway-station|polling|talks|economy|front|government|regime|ruble|rouble|deal|market|army|defences|defenses|morale|ceasefire|truce

# Power or communications lost: "the plant lost its connection to the
# external power grid", "a cyberattack knocked out the mobile network",
# "millions lost mobile and internet service".
rule infrastructure.connection
  type infrastructure
  subtype outage
  weight 0.7
  match lose|lost|loses|losing ...3 "its"|"the"|"their"? connection|connections|link ...4 grid|line|lines|power|network
  match cyberattack|cyber-attack|cyberattacks|hackers|hack ...5 knock|knocked|disable|disabled|disrupt|disrupted|paralyse|paralysed|paralyze|paralyzed|down|offline
  match [people:QTY]? ...3 subscriber|subscribers|customer|customers|user|users|people? ...2 lose|lost ...3 mobile|internet|phone|telephone|communication|communications|network ...2 service|services|connection|access|coverage
  match switch|switched|switching ...3 "to" ...2 diesel|backup|emergency generator|generators|power
  # "knocked out calls and mobile internet for its 24 million subscribers".
  match knock|knocked|knocking|knocks "out" ...4 call|calls|internet|mobile|network|networks|signal|communications|connection|service|services ...4 "for"|"to" ...3 [people:QTY] ...2 subscriber|subscribers|customer|customers|user|users|people
  unless price|prices|market|weight|elections|vote

# Equipment that stopped working for want of power or signal: "street sirens
# stayed silent during the alerts", "payment terminals and cash machines
# stopped working".
rule infrastructure.stopped
  type infrastructure
  subtype outage
  weight 0.65
  match siren|sirens ...3 "stayed"|"remained"|"went"|"fell" "silent"
  match siren|sirens|terminal|terminals|machines|atms|lights|pumps|lifts|elevators|trams|trolleybuses|metro|network|networks ...3 "stopped"|"stop"|"stops"|"ceased" "working"|"functioning"|"operating"
  unless heart|clock|clocks|watch|brain|engine|engines|car|cars

# A town without utilities, with no number: "there has been no electricity,
# running water or gas since the first days of March", "the city has had no
# heating for a week".
rule infrastructure.no_supply
  type infrastructure
  subtype outage
  weight 0.65
  match "there" "has"|"have"|"had"|"is"|"was" "been"? "no" electricity|power|heating|gas|water|light|mobile ...5 "since"|"for"|"after"|"in"
  match city|town|village|district|residents|people ...3 "has"|"have"|"had" "had"? "no" electricity|power|heating|gas|water|light ...5 "since"|"for"|"after"
  unless evidence|sign|signs|word|news|comment|information|deal|agreement|talks|contract|need|reason
