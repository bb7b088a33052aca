# mobilization — recruitment, call-up, force build-up. Quantities: troops.

rule mobilization.recruit
  type mobilization
  subtype recruitment
  weight 0.85
  match [actor:ORG|GROUP|LOC|PER]? ...3 recruit|conscript|mobilise|mobilize|enlist|draft|call ...3 [troops:QTY] ...3 troop|soldier|people|men|recruit|conscript|reservist|servicemen|personnel|volunteer
  match [troops:QTY] ...3 troop|soldier|people|men|recruit|conscript|reservist|volunteer ...4 recruit|conscript|mobilise|mobilize|enlist|draft|sign
  # "300,000 reservists with military experience would be called up".
  match [troops:QTY] ...3 troop|troops|soldier|soldiers|men|recruit|recruits|conscript|conscripts|reservist|reservists ...6 "called"|"call"|"calling" "up"
  # "More than 1,200 residents have signed contracts", "about 3,000 inmates
  # had applied to join", "recruiters signed up around 8,000 prisoners".
  match [troops:QTY] ...3 resident|residents|inmate|inmates|prisoner|prisoners|convict|convicts|volunteer|volunteers|men|women|people|students|foreigners|citizens ...4 "signed"|"applied"|"enlisted"|"joined"|"volunteered" ...3 "contract"|"contracts"|"up"|"to"|"for"
  match [actor:ORG|GROUP|LOC|PER]? ...3 recruiter|recruiters|sign|signed|signing|enlist|enlisted ...2 "up" ...2 [troops:QTY] ...3 prisoner|prisoners|inmate|inmates|convict|convicts|men|volunteers|people|recruits
  # "10,000 residents have registered with territorial defence", "a volunteer
  # battalion has taken in about 300 fighters".
  match [troops:QTY] ...3 resident|residents|men|women|people|volunteers|citizens ...4 "registered"|"enrolled"|"enlisted" ...3 "territorial"|"army"|"military"|"reserve"|"defence"|"defense"|"units"
  match battalion|brigade|regiment|unit|units|legion ...5 "taken"|"took"|"takes"|"accepted"|"recruited"|"enlisted" "in"? ...2 [troops:QTY] ...2 fighter|fighters|volunteers|volunteer|recruits|men
  # "..., formed last spring, has taken in about 300 fighters": the unit
  # told too far back; taking fighters in is recruiting them all the same.
  match "taken"|"took"|"takes" "in" ...2 [troops:QTY] ...2 fighter|fighters|volunteers|volunteer|recruits
  unless draft-dodger

# "The Third Assault Brigade opened its own recruiting centre in Kharkiv".
rule mobilization.recruiting_centre
  type mobilization
  subtype recruitment
  weight 0.7
  match [actor:UNIT|ORG|GROUP|LOC|PER]? ...4 open|opened|opens|opening|launch|launched|set ...3 "recruiting"|"recruitment"|"enlistment" centre|center|centres|centers|office|offices|campaign|drive ...4 [location:LOC]?

# New formations: "Russia has formed a new 25th Combined Arms Army of up to
# 70,000 contract volunteers", "Kyiv is creating ten new brigades".
rule mobilization.formation
  type mobilization
  subtype formation
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 form|formed|forming|forms|create|created|creating|creates|raise|raised|raising|establish|established ...3 "new" ...5 army|armies|corps|division|divisions|brigade|brigades|regiment|regiments|battalions ...6 [troops:QTY]? ...3 troop|troops|soldiers|volunteers|servicemen|men|personnel?
  unless company|companies|government|coalition|party|parties|committee|commission|fund|alliance

# "Ukraine has begun recruiting volunteers for eight new assault brigades",
# "Belarus has summoned reservists for snap training".
rule mobilization.call_up
  type mobilization
  subtype recruitment
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER|UNIT]? ...3 "recruiting"|"recruited"|"summoned"|"summoning"|"summon" ...2 volunteer|volunteers|reservist|reservists|conscript|conscripts|recruits ...6 [location:LOC]?
  match [actor:ORG|GROUP|LOC|PER|UNIT]? ...3 "called"|"calling"|"call"|"calls" "up" ...2 volunteer|volunteers|reservist|reservists|conscript|conscripts|recruits ...6 [location:LOC]?
  unless embassy|ambassador|envoy|diplomat|diplomats|charge|court|witness|witnesses|tax|police

rule mobilization.general
  type mobilization
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...2 announce|order|launch|extend|expand|lower|begin|start|declare|decree|resume ...3 mobilization|mobilisation|conscription|call-up|draft ...4 [location:LOC]?
  match partial|general|nationwide|new|spring|autumn|fall|seasonal|wave|round ...1 mobilization|mobilisation|conscription|call-up|draft ...4 [location:LOC]?
  match [actor:ORG|GROUP|LOC|PER] ...2 mobilize|mobilise|conscript|draft ...3 men|reservist|reservists|troops|soldiers|citizens
  unless law|bill|age|evade|evasion|dodger|document|resolution|constitution|beer

rule mobilization.buildup
  type mobilization
  subtype buildup
  weight 0.8
  match [actor:ORG|GROUP|LOC|PER]? ...3 build ...4 [troops:QTY] ...3 troop|soldier|servicemen|fighter|personnel
  match [actor:ORG|GROUP|LOC|PER]? ...3 prepare|preparing|plan|gear|gearing|ready|readying ...6 assault|assaults|offensive|attack|operation ...3 involve|involving|with ...2 [troops:QTY] ...3 troop|soldier|servicemen|fighter|personnel
  match [actor:ORG|GROUP|LOC|PER]? ...3 buildup|build-up|concentration ...3 "of" ...2 [troops:QTY]? ...3 troop|soldier|force|forces

# "ordered the armed forces to grow by 180,000 servicemen", "the army will
# expand to 1.5 million troops".
rule mobilization.expand
  type mobilization
  subtype force_size
  weight 0.8
  match [actor:ORG|GROUP|LOC|PER]? ...6 army|forces|military|troops|ranks|personnel ...3 grow|expand|increase|rise|boost|enlarge ...3 "by"|"to" [troops:QTY]
  match [actor:ORG|GROUP|LOC|PER]? ...3 increase|expand|raise|boost|enlarge ...6 army|forces|military|troops|personnel|size|strength ...3 "by"|"to" [troops:QTY]

# "the law lowers the call-up age from 27 to 25".
rule mobilization.age
  type mobilization
  subtype conscription_age
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...6 lower|lowered|lowers|reduce|reduced|raise|raised|cut ...3 "the"? mobilisation|mobilization|conscription|call-up|draft|enlistment age
