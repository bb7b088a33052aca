# casualties — people killed, wounded, captured, missing.
# Quantities: killed, wounded, captured, missing, casualties (killed or
# wounded together). "killed or wounded" is its own rule; the killed and
# wounded rules step aside when "or" is next to their verb.

rule casualties.killed
  type casualties
  weight 0.85
  match [killed:QTY] kill|die|dead|perish
  match [killed:QTY] "were"|"was"|"have"|"had"|"are"|"has" ...2 kill|die|dead|perish
  match [killed:QTY] ...3 person|people|civilian|soldier|child|resident|serviceman|fighter|troop|man|woman|worker|passenger|airman|airmen|crew|sailor|pilot|firefighter|rescuer|officer|guard|adult|teenager|boy|girl|pensioner|journalist|medic|doctor|nurse|employee|miner|student|prisoner|inmate|volunteer|driver|farmer|policeman kill|die|dead|perish
  match [killed:QTY] ...3 person|people|civilian|soldier|child|resident|serviceman|fighter|troop|man|woman|worker|passenger|airman|airmen|crew|sailor|pilot|firefighter|rescuer|officer|guard|adult|teenager|boy|girl|pensioner|journalist|medic|doctor|nurse|employee|miner|student|prisoner|inmate|volunteer|driver|farmer|policeman "were"|"was"|"have"|"had"|"are"|"has" ...2 kill|die|dead|perish
  # "All ten people on board were killed", "the four crew aboard died".
  match [killed:QTY] ...3 person|people|passenger|passengers|crew|member|members "on"|"aboard"|"inside" "board"? "were"|"was"|"have"|"had"|"are" ...2 kill|die|dead|perish
  match [killed:QTY] ...3 person|people|passenger|passengers|crew|member|members "on"|"aboard"|"inside" "board"? kill|die|dead|perish
  # "Two of them were killed by Russian shelling".
  match [killed:QTY] "of" "them"|"those"|"these"|"whom" "were"|"was"|"have"|"had" "been"? "killed"|"dead"|"died"
  # "Up to 234 attackers were killed", "some 60 militants were eliminated".
  match [killed:QTY] ...2 attacker|attackers|militant|militants|saboteur|saboteurs|mercenary|mercenaries|invader|invaders|occupier|occupiers|servicemen|personnel|troops|soldiers|fighters|gunmen "were"|"have"|"had" "been"? "killed"|"eliminated"|"destroyed"|"neutralised"|"neutralized"|"liquidated"
  match "killing"|"killed"|"kills"|"kill" [killed:QTY]
  match claim|take "the" "lives" "of" [killed:QTY]
  unless or

rule casualties.dead
  type casualties
  weight 0.8
  match "left"|"leaving"|"leaves" [killed:QTY] ...2 "dead"
  match "death" "toll" ...6 [killed:QTY]
  # "The death toll from Saturday's strike on the store rose to 16"
  match "death" "toll" ...10 "rose"|"risen"|"climbed"|"increased"|"reached"|"stood"|"stands"|"jumped" "to"|"at"? [killed:QTY]
  match bodies|remains "of" [killed:QTY]
  match [killed:QTY] bodies|body ...3 "were"|"have"|"had"|"was" "been"? "recovered"|"found"|"pulled"|"exhumed"
  match [killed:QTY] "civilian"|"military"|"confirmed"|"verified"|"recorded"|"child"|"combat"? death|deaths|fatality|fatalities
  match "number" "of" "dead"|"deaths"|"killed"|"victims"|"fatalities" ...4 [killed:QTY]
  match "number" "of" ...2 "killed"|"dead" ...12 ...12 rise|risen|rose|climb|climbed|reach|reached|increase|increased|jump|jumped "to" [killed:QTY]
  match [killed:QTY] ...3 person|people|civilian|civilians|soldier|soldiers|resident|residents|child|children ...1 "lost" "their" "lives"
  # "The number killed climbed to 45", "the toll from the strike rose to 55"
  # (a bare "toll" is the dead; "the toll of injured" says otherwise).
  match "number" "killed"|"dead" ...10 rise|risen|rose|climb|climbed|reach|reached|increase|increased|jump|jumped "to" [killed:QTY]
  match "the" "toll" ...8 rise|risen|rose|climb|climbed|reach|reached|increase|increased|jump|jumped|stood|stands "to"|"at" [killed:QTY]
  # "the toll on the economy": not the dead.
  unless economy|economic|gdp|percent|financial|revenue|revenues|inflation|budget
  match [killed:QTY] ...2 person|people|civilian|civilians|soldier|soldiers|resident|residents ","? "including" ...4 ","? "were"|"have"|"had" "been"? "killed"

rule casualties.wounded
  type casualties
  weight 0.85
  match [wounded:QTY] injure|wound|hurt|injured|wounded
  match [wounded:QTY] "were"|"was"|"have"|"had"|"are"|"has" ...2 injure|wound|hurt|hospitalise|hospitalize
  match injure|wound|hurt [wounded:QTY]
  match [wounded:QTY] ...3 person|people|civilian|soldier|child|resident|serviceman|passenger|man|woman|worker|adult|teenager|boy|girl|pensioner|journalist|medic|doctor|nurse|employee|miner|student|officer|policeman|firefighter|rescuer|crew|driver|farmer injure|wound|hurt
  match [wounded:QTY] ...3 person|people|civilian|soldier|child|resident|serviceman|passenger|man|woman|worker|adult|teenager|boy|girl|pensioner|journalist|medic|doctor|nurse|employee|miner|student|officer|policeman|firefighter|rescuer|crew|driver|farmer "were"|"was"|"have"|"had"|"are"|"has" ...2 injure|wound|hurt|hospitalise|hospitalize
  match "left"|"leaving" [wounded:QTY] ...3 "injured"|"wounded"
  match "injuring"|"wounding" ...2 [wounded:QTY]
  match [wounded:QTY] injury|injuries
  match "number" "of" "injured"|"wounded" ...4 [wounded:QTY]
  match "number" "of" ...2 "injured"|"wounded" ...10 rise|risen|rose|climb|climbed|reach|reached|increase|increased|jump|jumped "to" [wounded:QTY]
  match [wounded:QTY] ...2 person|people|civilian|civilians|soldier|soldiers|resident|residents ","? "including" ...4 ","? "were"|"have"|"had" "been"? "injured"|"wounded"|"hurt"|"hospitalised"|"hospitalized"
  # "Three people were taken to hospital", "two were rushed to hospital".
  match [wounded:QTY] ...3 person|people|civilian|civilians|soldier|soldiers|child|children|resident|residents|worker|workers|passenger|passengers? "were"|"was"|"had"|"have" "been"? "taken"|"rushed"|"admitted"|"airlifted" "to" "a"|"the"? "hospital"|"hospitals"
  # "another 31 wounded Ukrainians were handed over": prisoners exchanged.
  unless or|handed|exchanged|exchange|swap|swapped|repatriated|freed

rule casualties.killed_or_wounded
  type casualties
  weight 0.85
  match [casualties:QTY] ...6 kill|killed "or"|"and" injure|wound|injured|wounded
  match [casualties:QTY] casualty|casualties|loss|losses
  match casualty|casualties|loss|losses ...3 "of"|"at"|"reached"|"totalled"|"totaled"|"to" ...2 [casualties:QTY]
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "lost"|"loses"|"lose"|"losing" [casualties:QTY] ...3 soldier|soldiers|troops|servicemen|men|personnel|fighters
  # "hospital cubes designed to treat up to 200 casualties": a capacity.
  unless economic|financial|revenue|revenues|profit|profits|market|markets|sales|output|trade|budget|insured|income|earnings|treat|treating|accommodate|capacity

# "Russian personnel losses over the past day are put at 1,210".
rule casualties.losses_put
  type casualties
  weight 0.75
  match loss|losses ...6 "put"|"estimated"|"stood"|"stand"|"amounted"|"totalled"|"totaled"|"reached" "at"|"to"? [casualties:QTY]
  unless equipment|tank|tanks|vehicle|vehicles|financial|economic|revenue|revenues|profit|profits|market|sales|output|dollars|euros|roubles|rubles|percent

rule casualties.suffered
  type casualties
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 suffer|sustain|incur|take ...3 heavy|significant|serious|major|high|mounting|some? casualty|casualties|loss|losses
  unless economic|financial|revenue|profit|market

rule casualties.captured
  type casualties
  weight 0.8
  match capture ...2 [captured:QTY] ...3 soldier|troop|serviceman|fighter|prisoner|person|people
  # "took 40 prisoners", "took 12 soldiers captive"; not "has taken in 300
  # fighters" (recruits) nor "took 500 people to safety".
  match take ...2 [captured:QTY] ...3 prisoner|pow
  match take ...2 [captured:QTY] ...3 soldier|troop|serviceman|fighter|person|people ...2 "prisoner"|"captive"|"prisoners"|"captives"
  match [captured:QTY] ...3 soldier|troop|serviceman|fighter ...3 captured|taken "prisoner"|"captive"?
  match [captured:QTY] ...3 soldier|soldiers|troop|troops|serviceman|servicemen|fighter|fighters|marine|marines ...2 surrender|surrendered|surrendering

rule casualties.captured_one
  type casualties
  weight 0.75
  quantity captured=1
  match [actor:GROUP|LOC]? "soldier"|"serviceman"|"fighter"|"pilot"|"prisoner" ...3 captured|taken|held
  match "captured"|"taken" ...3 "soldier"|"serviceman"|"fighter"|"pilot"
  unless soldiers|servicemen|fighters

rule casualties.missing
  type casualties
  weight 0.75
  match [missing:QTY] ...4 missing|unaccounted
  match "missing" ...2 [missing:QTY]
  # "The whereabouts of some 2,000 residents remain unknown".
  match whereabouts "of" ...2 [missing:QTY] ...6 unknown|unclear|unaccounted

# "no casualties were reported": a negated event (modality.h).
rule casualties.none
  type casualties
  weight 0.6
  match "no"|"not" ...2 casualty|casualties|injury|injuries|death|deaths|victims
  match "no" "one" ...3 "killed"|"injured"|"hurt"|"wounded"

# One victim: "a 56-year-old man was wounded", "a woman was killed".
rule casualties.one_wounded
  type casualties
  weight 0.75
  quantity wounded=1
  match "a"|"an" ...4 man|woman|boy|girl|child|resident|civilian|pensioner|driver|teenager|person|soldier|worker|rescuer|volunteer|journalist|medic|firefighter|policeman|police ...6 "was"|"has"|"had" ...2 "wounded"|"injured"|"hurt"|"hospitalised"|"hospitalized"
  match "injuring"|"wounding"|"wounded"|"injured" "a"|"an" ...5 man|woman|boy|girl|child|resident|civilian|pensioner|driver|teenager|person|soldier|worker
  unless fatally

rule casualties.one_killed
  type casualties
  weight 0.75
  quantity killed=1
  match "a"|"an" ...6 man|woman|boy|girl|child|resident|civilian|pensioner|driver|teenager|person|soldier|worker|rescuer|volunteer|journalist|medic|firefighter|policeman|pilot ...6 "was"|"has"|"had" ...2 "killed"|"dead"
  match "killing"|"killed"|"kills" "a"|"an" ...6 man|woman|boy|girl|child|resident|civilian|pensioner|driver|teenager|person|soldier|worker|pilot
  match "the"|"its"|"his"|"her"|"their" "pilot"|"driver"|"commander"|"captain"|"photographer"|"cameraman" ...6 "was" "killed"
  # "A 62-year-old man died of his injuries in hospital".
  match "a"|"an" ...4 man|woman|boy|girl|child|resident|civilian|pensioner|driver|teenager|person|soldier|worker|rescuer|volunteer|journalist|medic|firefighter|policeman|pilot ...4 "died"|"dies" ...3 "of"|"from"|"in" ...2 wound|wounds|injury|injuries|hospital

# "A woman and her son were killed": two victims named one by one.
rule casualties.two_killed
  type casualties
  weight 0.75
  quantity killed=2
  # "A young woman and her two-month-old baby were killed".
  match "a"|"an" ...2 man|woman|boy|girl|mother|father|husband|wife|resident|pensioner "and" "her"|"his"|"their"|"a"|"an" ...1 son|daughter|husband|wife|child|mother|father|grandson|granddaughter|neighbour|neighbor|friend|baby|infant|toddler|sister|brother|grandmother|grandfather ...3 "were" "killed"
  match "a"|"an" ...2 man|woman|boy|girl|mother|father|husband|wife|resident|pensioner "and" "her"|"his"|"their"|"a"|"an" ...2 son|daughter|husband|wife|child|mother|father|grandson|granddaughter|neighbour|neighbor|friend|baby|infant|toddler|sister|brother|grandmother|grandfather ...2 "died"
  # "Kirillov and his assistant were killed on Tuesday morning".
  match [PER] "and" "his"|"her" ...1 assistant|aide|bodyguard|driver|wife|husband|son|daughter|deputy|colleague ...2 "were" "killed"|"dead"
  # "Igor Kirillov, head of Russia's chemical defence troops, and his assistant
  # were killed": an apposition of any length between.
  match "," "and" "his"|"her" ...1 assistant|aide|bodyguard|driver|wife|husband|son|daughter|deputy|colleague ...2 "were" "killed"|"dead"

# "a video appears to show soldiers shooting six prisoners", "nine
# surrendering soldiers had been executed": killings of captives.
rule casualties.executed
  type casualties
  subtype execution
  weight 0.75
  match shoot|shooting|shot|execute|executed|executing|kill|killed|killing ...3 [killed:QTY] ...3 prisoner|prisoners|pow|pows|captive|captives|surrendering|unarmed
  match [killed:QTY] ...3 prisoner|prisoners|pow|pows|captive|captives|surrendering|unarmed ...4 "were"|"was"|"had"|"have" "been"? "executed"|"shot"|"killed"

# "A 12-year-old boy was among the dead": one victim.
rule casualties.among_dead
  type casualties
  weight 0.7
  quantity killed=1
  match "a"|"an" ...4 man|woman|boy|girl|child|teenager|baby|infant|pensioner|resident|volunteer|journalist|rescuer ...2 "was" "among" "the" "dead"|"killed"|"victims"
