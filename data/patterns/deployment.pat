# deployment — troops or equipment sent to, or present in, a place.
# Quantities: troops.

rule deployment.send_troops
  type deployment
  weight 0.85
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|transfer|station|move|redeploy ...3 [troops:QTY] ...3 troop|soldier|servicemen|serviceman|fighter|personnel|marine|paratrooper "to"|"into"|"in" [location:LOC]
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|transfer|station|move|redeploy ...3 [troops:QTY] ...3 troop|soldier|servicemen|serviceman|fighter|personnel|marine|paratrooper
  match [troops:QTY] ...3 troop|soldier|servicemen|fighter|personnel ...4 deploy|send|dispatch|station|transfer|redeploy

rule deployment.troops
  type deployment
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 deploy|send|dispatch|station|redeploy ...3 troop|soldier|force|forces|servicemen|unit|battalion|brigade|contingent|reinforcement ...5 [location:LOC]?
  match troop|soldier|force|forces|servicemen|contingent ...3 deploy|deployed|stationed|sent|dispatched ...4 [location:LOC]?
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
  match [actor:GROUP|LOC|ORG]? ...2 troop|soldier|force|forces|servicemen ...3 "fighting"|"operating"|"present"|"stationed"|"based" ...4 "in"|"near"|"around"|"on" ...2 [location:LOC]
  match presence "of" [actor:GROUP|LOC|ORG] ...2 troop|soldier|force|forces ...6 "in"|"near" ...2 [location:LOC]
  match presence "of" troop|soldier|force|forces ...6 "in"|"near" ...2 [location:LOC]

rule deployment.equipment
  type deployment
  subtype equipment
  weight 0.7
  match [actor:ORG|GROUP|LOC]? ...3 deploy|station|move|relocate ...4 [weapon:WEAPON] ...4 [location:LOC]?
  match [actor:ORG|GROUP|LOC]? ...3 deploy|station|relocate ...3 system|missile|aircraft|jet|warship|ship|tank|launcher ...4 [location:LOC]?

# "Poland scrambled fighter jets as Russian missiles flew near its border".
rule deployment.scramble
  type deployment
  subtype air_patrol
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 scramble|scrambled|scrambles ...3 jet|jets|fighter|fighters|aircraft|plane|planes|interceptor|interceptors
  match jet|jets|fighter|fighters|aircraft|planes ...3 "were"|"was" "scrambled"
