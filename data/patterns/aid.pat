# aid — military, financial or humanitarian aid pledged or delivered.
# Quantities: money (with currency), personnel.

rule aid.package_money
  type aid
  weight 0.85
  # "a $1.85 billion package of weapons that Biden announced".
  match [money:QTY] ...1 package|tranche ...6 "that"|"which" [actor:PER|ORG|LOC|GROUP] ...2 announce|announced|unveiled|approved|signed|pledged
  match [actor:ORG|GROUP|LOC|PER]? ...4 announce|pledge|provide|approve|allocate|give|send|commit|unveil|deliver|donate|offer ...4 [money:QTY] ...5 aid|assistance|package|support|loan|grant|funding|tranche
  match [money:QTY] ...5 military|financial|humanitarian|security|defense|defence|economic? aid|assistance|package|loan|grant|tranche|support
  match aid|assistance|package|support|loan|tranche ...3 worth|totaling|totalling|of|valued ...2 [money:QTY]
  # "its largest package of military aid yet, worth 2.7 billion euros".
  match package|tranche ...8 "," "worth"|"totalling"|"totaling"|"valued" "at"? [money:QTY]
  match [actor:ORG|GROUP|LOC|PER]? ...4 announce|pledge|provide|approve|allocate|unveil|commit ...4 [money:QTY] "in"|"of"|"worth" ...3 weapon|weapons|arms|equipment|munition|munitions|ammunition|aid|assistance|support|funding
  match [money:QTY] ...3 "drawn"|"taken"|"come"|"comes"|"coming" ...2 "from" ...3 stock|stocks|stockpile|stockpiles|inventory|inventories
  match [money:QTY] ...3 "for"|"in" ...3 contract|contracts|procurement|purchase|purchases ...4 weapon|weapons|arms|equipment|system|systems|munitions|initiative|assistance|industry
  match [actor:ORG|GROUP|LOC|PER]? ...3 pledge|commit|allocate|spend|earmark|finance|fund|donate ...3 [money:QTY] ...8 "for"|"on"|"to" ...3 air|defence|defense|weapon|weapons|ammunition|munitions|drone|drones|radar|radars|system|systems|production|military|missile|missiles|artillery|equipment|shells
  # "Norway will give about $242 million for Black Sea security and demining".
  match [actor:ORG|GROUP|LOC|PER]? ...3 give|gives|gave|giving|provide|provides|provided|grant|grants|granted ...3 [money:QTY] ...4 "for"|"to"|"towards"|"toward" ...4 security|demining|mine-clearing|reconstruction|recovery|energy|humanitarian|defence|defense|weapons|refugees|repairs|rebuilding
  # "Japan would provide $37 million for drone-detection systems", "The
  # Netherlands committed 100 million euros to the initiative".
  match [actor:ORG|GROUP|LOC|PER]? ...3 provide|provides|provided|commit|commits|committed|pledge|pledges|pledged|donate|donates|donated|contribute|contributes|contributed|allocate|allocates|allocated|earmark|earmarked ...3 [money:QTY] ...2 "for"|"to"|"towards"|"toward"|"in" ...6 system|systems|initiative|fund|coalition|purchase|purchases|ammunition|shells|drones|detection|programme|program|package|support|assistance|aid|air|defence|defense
  # "would contribute 300 million euros to the Joint Requirements List", "to a
  # NATO mechanism that buys weapons": money put into a buying scheme.
  match [actor:ORG|GROUP|LOC|PER]? ...3 contribute|contributes|contributed|contributing ...3 [money:QTY] ...2 "to"|"towards"|"toward" ...6 list|requirements|mechanism|scheme|facility|envelope|pool
  match [actor:ORG|GROUP|LOC|PER]? ...3 finance|fund|pay ...6 weapon|weapons|production|drone|drones|missile|missiles|ammunition|shells ...12 worth|totalling|totaling ...2 [money:QTY]
  # "signed the $95 billion bill, including about $61 billion for Ukraine": the recipient's share.
  match [actor:ORG|GROUP|LOC|PER]? ...3 sign|signed|signs|pass|passed|passes|approve|approved ...6 bill|package|law|legislation ...8 [money:QTY] ...2 "for"|"to" [target:LOC]

rule aid.package
  type aid
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...4 announce|pledge|provide|approve|allocate|send|deliver|supply|donate|unveil|transfer|hand ...5 military|financial|humanitarian|security|defense|defence|economic aid|assistance|package|support|weapon|equipment|munition|ammunition|system|systems
  match [actor:ORG|GROUP|LOC|PER]? ...4 aid|assistance ...2 package|delivery|deliveries|shipment
  match [actor:ORG|GROUP|LOC|PER]? ...3 announce|unveil|approve|pledge ...2 "a"|"an"|"its"|"new"|"another"? ...2 package|tranche ...4 include|includes|including|with|of|worth
  unless ask|request|seek|urge|call|appeal|beg

rule aid.weapons
  type aid
  subtype military
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...3 send|supply|deliver|provide|transfer|give ...4 [weapon:WEAPON] ...3 "to"? [target:LOC]?
  match [actor:ORG|GROUP|LOC|PER]? ...3 send|supply|deliver|provide|transfer ...3 [count:QTY]? ...4 tank|jet|aircraft|missile|system|howitzer|shell|drone "to" [target:LOC]
  match [actor:ORG|GROUP|LOC|PER]? ...3 hand|handed|hands ...1 "over" ...6 [weapon:WEAPON]
  match [count:QTY] ...3 [weapon:WEAPON]? ...2 aircraft|jet|jets|system|systems|tank|tanks|howitzer|howitzers|launcher|launchers ...4 "delivered"|"arrived"|"reached"|"arrive"|"reach"|"handed"|"transferred"
  match [weapon:WEAPON] ...3 system|systems|jet|jets|aircraft ...2 "were"|"was"|"have"|"has"? "been"? "arrived"|"reached"|"delivered"
  match [weapon:WEAPON] ...4 "were"|"was"|"been"|"had"|"have" "been"? "handed"|"delivered"|"transferred"|"supplied"|"sent" "over"? "to"
  # "would deliver six more Caesar howitzers", "will send about 50 CV90
  # fighting vehicles", "donate all 19 of its Caesar howitzers".
  match [actor:ORG|GROUP|LOC|PER]? ...3 send|supply|deliver|provide|transfer|donate|give|hand ...5 [count:QTY] ...5 tank|tanks|jet|jets|aircraft|missile|missiles|system|systems|howitzer|howitzers|vehicle|vehicles|launcher|launchers|shell|shells|round|rounds|drone|drones|gun|guns|helicopter|helicopters|boat|boats|carrier|carriers
  # "will send its Archer system to Ukraine, along with about 50 infantry fighting vehicles".
  match [actor:ORG|GROUP|LOC|PER]? ...3 send|supply|deliver|provide|transfer|donate|give ...10 "along" "with" [count:QTY] ...4 tank|tanks|jet|jets|aircraft|missile|missiles|system|systems|howitzer|howitzers|vehicle|vehicles|launcher|launchers|shell|shells|round|rounds|drone|drones|gun|guns|helicopter|helicopters|boat|boats|carrier|carriers
  unless ask|request|urge|appeal|asked|requested|urged|need|needs|needed|lost|destroyed

# An assistance or training mission and its staff: "the security assistance
# mission will operate from X with 700 personnel".
# Civil aid handed over: "Denmark handed over mobile water treatment
# stations", "India handed over four mobile hospital cubes", "delivered
# 40 generators to Kharkiv".
rule aid.supplies
  type aid
  subtype humanitarian
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 "handed"|"delivered"|"donated"|"shipped"|"sent"|"supplied"|"provided"|"hands"|"delivers"|"donates"|"sends"|"supplies"|"provides" ...3 [count:QTY] ...4 generator|generators|transformer|transformers|station|stations|ambulance|ambulances|hospital|hospitals|kit|kits|medicine|medicines|food|cubes|shelter|shelters|containers|supplies|tonnes|tons
  match [actor:ORG|GROUP|LOC|PER]? ...3 "handed"|"delivered"|"donated"|"shipped"|"supplied"|"provided"|"hands"|"delivers"|"donates" "over"? ...4 generator|generators|transformer|transformers|station|stations|ambulance|ambulances|hospital|hospitals|kit|kits|medicine|medicines|food|cubes|shelter|shelters|containers|supplies|tonnes|tons
  unless ask|request|urge|appeal|asked|requested|urged|need|needs|needed|lost|destroyed|damaged|hit|struck|attacked|power|electricity|radio|television|signal|message|letter|troops|soldiers

rule aid.mission
  type aid
  subtype coordination
  weight 0.7
  match assistance|aid|training ...12 operate|base|headquarter|headquartered|staff|run ...12 [personnel:QTY] personnel|staff|people|officer|officers

rule aid.coordination
  type aid
  subtype coordination
  weight 0.75
  match [actor:ORG|GROUP|LOC]? ...4 coordinate|coordination|oversee|take ...6 aid|assistance|support|training ...8 [personnel:QTY] ...3 personnel|staff|people|officer|employee
  match [actor:ORG|GROUP|LOC]? ...3 coordinate|coordination|oversee ...6 military|security aid|assistance|support
