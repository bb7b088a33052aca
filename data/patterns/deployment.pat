# deployment — troops or equipment sent to, or present in, a place.
# Quantities: troops.

rule deployment.send_troops
  type deployment
  weight 0.85
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|transfer|station|move|redeploy|order ...3 [troops:QTY] ...3 troop|soldier|servicemen|serviceman|fighter|personnel|marine|paratrooper "to"|"into"|"in" [location:LOC]
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|transfer|station|move|redeploy ...3 [troops:QTY] ...3 troop|soldier|servicemen|serviceman|fighter|personnel|marine|paratrooper
  match [troops:QTY] ...3 troop|soldier|servicemen|fighter|personnel ...4 deploy|send|dispatch|station|transfer|redeploy

rule deployment.troops
  type deployment
  weight 0.75
  # "redeployed airborne units from Kherson to the Zaporizhzhia front": where they went.
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|redeploy|move|transfer|shift|pull ...4 troop|soldier|force|forces|servicemen|unit|battalion|brigade|contingent|reinforcement|reserve ...3 "from" ...2 [LOC] ...2 "to"|"into"|"toward"|"towards" ...3 [location:LOC]
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|station|redeploy ...3 troop|soldier|force|forces|servicemen|unit|battalion|brigade|contingent|reinforcement ...5 [location:LOC]?
  # "has moved additional units, including elements of the 47th Brigade, to
  # Ocheretyne", "transferred elements of the 104th Division to reinforce",
  # "brought in units of the 5th Guards Tank Brigade".
  match [actor:ORG|GROUP|LOC|PER|UNIT]? ...3 move|moved|moving|transfer|transferred|transferring|shift|shifted|shifting|pull|pulled|pulling|bring|brought|bringing|throw|threw|thrown "in"|"up"? ...3 unit|units|battalion|battalions|brigade|brigades|element|elements|reserve|reserves|reinforcement|reinforcements|troop|troops|division|divisions|regiment|regiments ...10 "to"|"into"|"towards"|"toward"|"near"|"closer" ...4 [location:LOC]
  match [actor:ORG|GROUP|LOC|PER|UNIT]? ...3 move|moved|moving|transfer|transferred|transferring|shift|shifted|shifting|pull|pulled|pulling|bring|brought|bringing "in"|"up"? ...3 unit|units|battalion|battalions|brigade|brigades|element|elements|reserve|reserves|reinforcement|reinforcements|division|divisions|regiment|regiments
  match troop|soldier|force|forces|servicemen|contingent ...3 deploy|deployed|stationed|sent|dispatched ...4 [location:LOC]?
  # "The Pentagon ordered 3,000 more soldiers from the 82nd Airborne Division to Poland".
  match [actor:ORG|GROUP|LOC|PER]? ...3 order|ordered|orders|approve|approved ...3 [troops:QTY] ...2 troop|troops|soldier|soldiers|servicemen|paratroopers|marines ...8 "to"|"into" [location:LOC]
  # "the 3rd Assault Brigade was rushed into Avdiivka", "reserve battalions were moved to Kursk".
  match [actor:UNIT|ORG]? ...2 brigade|brigades|battalion|battalions|regiment|regiments|division|divisions|unit|units|reinforcements|reserves|troop|troops|forces ...3 "rushed"|"moved"|"transferred"|"redeployed"|"deployed"|"sent" "into"|"to" ...3 [location:LOC]
  # "recruits are sent to the front in the Donetsk region", "the new brigades
  # are to be sent to take part in the offensive": fighters sent to fight.
  match "are"|"were"|"is"|"was"|"be"|"been" "sent"|"deployed"|"dispatched"|"transferred"|"thrown" "to"|"into" "the" front|frontline|front-line ...6 [location:LOC]?
  match recruit|recruits|conscript|conscripts|troop|troops|soldier|soldiers|brigade|brigades|unit|units|battalion|battalions|reservist|reservists|volunteer|volunteers ...12 "are"|"were"|"is"|"was"|"be"|"being"|"been" "sent"|"deployed"|"dispatched"|"transferred"|"thrown" "to" "take"|"join"|"fight"|"reinforce" ...5 offensive|counteroffensive|counter-offensive|fighting|battle|defence|defense|assault|operation|front
  unless letter|message|signal|aid|money|weapon|humanitarian|envoy|delegation

# "units were deployed; estimates put their number near 11,000"
rule deployment.estimate
  type deployment
  weight 0.7
  match troop|soldier|force|forces|servicemen ...3 deploy|deployed|sent ...10 number|numbers|estimate|estimates|estimated ...4 [troops:QTY]

# "Roughly 12,000 North Korean troops are in Russia", "put their number at
# between 11,000 and 15,000"
rule deployment.count_in
  type deployment
  weight 0.75
  match [troops:QTY] ...2 [actor:GROUP|LOC|ORG]? troop|soldier|servicemen|fighter ...2 "are"|"were"|"remain"|"remained"|"is" ...2 "in"|"inside"|"on" [location:LOC]
  match estimate|estimates|number|numbers ...8 "put"|"puts"|"is"|"at"|"between"|"ranging" ...3 [troops:QTY]
  unless casualty|casualties|loss|losses|killed|wounded|dead|price|cost|drone|missile|refugee|civilian|vessel|ship|shell|vote|voter

rule deployment.presence
  type deployment
  weight 0.7
  # "Russia had concentrated about 40,000 troops on the Avdiivka axis",
  # "Moscow has massed more than 100,000 troops near Ukraine's borders":
  # troops gathered at a place (a deployment; a call-up is mobilization).
  match [actor:ORG|GROUP|LOC|PER]? ...3 amass|amassed|amassing|mass|massed|massing|concentrate|concentrated|concentrating|gather|gathered|assemble|assembled ...4 [troops:QTY] ...3 troop|troops|soldier|soldiers|servicemen|fighters|personnel ...6 [location:LOC]?
  # "About 40,000 Russian troops are massed on the Avdiivka axis".
  match [troops:QTY] ...2 [actor:GROUP|LOC|ORG]? troop|troops|soldier|soldiers|servicemen|personnel ...3 "massed"|"concentrated"|"amassed"|"gathered"|"assembled"|"stationed"|"positioned" ...3 "on"|"near"|"in"|"along"|"around"|"at" ...3 [location:LOC]?
  match [actor:GROUP|LOC|ORG]? ...2 troop|soldier|force|forces|servicemen ...2 "fighting"|"operating"|"present"|"stationed"|"based" ...4 "in"|"near"|"around"|"on" ...2 [location:LOC]
  match presence "of" [actor:GROUP|LOC|ORG] ...2 troop|soldier|force|forces ...6 "in"|"near" ...2 [location:LOC]
  match presence "of" troop|soldier|force|forces ...6 "in"|"near" ...2 [location:LOC]

rule deployment.equipment
  type deployment
  subtype equipment
  weight 0.7
  match [actor:ORG|GROUP|LOC]? ...3 deploy|station|move|relocate ...4 [weapon:WEAPON] ...4 [location:LOC]?
  match [actor:ORG|GROUP|LOC]? ...3 deploy|station|relocate ...3 system|missile|aircraft|jet|warship|ship|tank|launcher ...4 [location:LOC]?
  unless easier|easy|cheaper|cheap|harder|hard|difficult|faster|simpler

# "Poland scrambled fighter jets as Russian missiles flew near its border".
# "Russia has begun moving tactical nuclear weapons into Belarus".
rule deployment.weapons_moved
  type deployment
  subtype equipment
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 move|moving|moved|deploy|deploying|deployed|transfer|transferring|transferred|station|stationing|stationed|place|placed|placing ...3 "nuclear"|"tactical"|"ballistic"|"hypersonic" ...2 weapon|weapons|warheads|missiles|arms ...3 "to"|"into"|"in"|"on" ...2 [location:LOC]
  unless talks|treaty|ban|control|test|tests|doctrine|policy

rule deployment.scramble
  type deployment
  subtype air_patrol
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 scramble|scrambled|scrambles ...3 jet|jets|fighter|fighters|aircraft|plane|planes|interceptor|interceptors
  match jet|jets|fighter|fighters|aircraft|planes ...3 "were"|"was" "scrambled"

# "Russia and Belarus began joint military exercises involving 13,000
# troops", "drills began on Friday".
rule deployment.exercise
  type deployment
  subtype exercise
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...4 begin|began|begun|start|started|launch|launched|hold|held|stage|staged|conduct|conducted ...4 exercise|exercises|drill|drills|maneuvers|manoeuvres|war-games ...8 [troops:QTY]? ...2 troop|troops|soldier|soldiers|servicemen|personnel?
  match exercise|exercises|drill|drills|maneuvers|manoeuvres ...3 "began"|"begin"|"begins"|"started"|"opened"|"kicked" ...6 "with"|"involving"|"including" ...2 [troops:QTY] ...2 troop|troops|soldier|soldiers|servicemen|personnel
  match exercise|exercises|drill|drills|maneuvers|manoeuvres ...3 "began"|"begin"|"begins"|"started"|"opened"|"kicked"
  match [troops:QTY] ...2 troop|troops|soldier|soldiers|servicemen|personnel ...4 "take"|"took"|"taking"|"will" ...2 "part" ...3 exercise|exercises|drill|drills
  match [troops:QTY] ...2 troop|troops|soldier|soldiers|servicemen|personnel ...3 "were"|"are"|"was"|"is"|"would"|"will" "be"? "involved"|"participating"|"engaged" ...3 exercise|exercises|drill|drills|maneuvers|manoeuvres?
  unless fire|evacuation|emergency

# "Lithuania put extra units on alert", "moved its warships to Novorossiysk",
# "reserve units arrived by train".
rule deployment.posture
  type deployment
  subtype posture
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 put|place|placed|puts ...4 unit|units|troop|troops|force|forces|battalion|battalions|brigade|brigades ...2 "on" "high"|"heightened"|"combat"? alert|readiness
  match [actor:ORG|GROUP|LOC|PER]? ...3 move|moved|relocate|relocated|redeploy|redeployed|withdraw|withdrew ...4 warship|warships|ship|ships|vessel|vessels|fleet|submarine|submarines|aircraft|bombers ...4 "to"|"toward"|"towards" ...2 [location:LOC]
  match [actor:ORG|GROUP|LOC|PER]? ...2 reserve|reserves|reinforcement|reinforcements|unit|units|battalion|battalions ...2 arrive|arrived|arriving ...6 [location:LOC]?
  # "A contingent of 1,500 French soldiers arrived in Romania on Friday".
  match [troops:QTY]? ...3 contingent|contingents|troop|troops|soldier|soldiers|marine|marines|paratrooper|paratroopers ...2 arrive|arrived|arriving "in"|"at" ...2 [location:LOC]
  unless talks|negotiations

# A force's size claimed by its commander: "Prigozhin said he had about
# 25,000 men", "the group has some 8,000 fighters in the area".
rule deployment.strength
  type deployment
  subtype strength
  weight 0.65
  match [actor:PER|ORG|GROUP|UNIT] ...4 "have"|"has"|"had"|"commands"|"commanded"|"leads"|"led" [troops:QTY] ...2 men|fighter|fighters|troop|troops|soldier|soldiers
  unless lost|lose|losing|recruited|detained|killed|wounded|captured|arrested|mobilized|mobilised
