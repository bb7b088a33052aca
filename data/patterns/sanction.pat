# sanction — sanctions, embargoes, asset freezes.
# Quantities: ships, entities, money.

rule sanction.ships
  type sanction
  subtype shipping
  weight 0.85
  match [actor:ORG|GROUP|LOC|PER]? ...4 sanction|blacklist|designate|target ...3 [ships:QTY] ...2 ship|vessel|tanker|shadow
  match sanction ...4 "on"|"against"|"targeting" ...2 [ships:QTY] ...2 ship|vessel|tanker
  match [ships:QTY] ...2 ship|vessel|tanker ...4 sanction|sanctioned|blacklisted
  match [actor:ORG|GROUP|LOC|PER]? ...4 add|list|include|ban|designate ...3 [ships:QTY] ...2 ship|vessel|tanker
  match [ships:QTY] ...4 ship|vessel|tanker ...4 "designated"|"listed"|"added"|"blacklisted"|"banned"
  # "27 additional vessels barred from ports and services in the EU".
  match [ships:QTY] ...2 ship|ships|vessel|vessels|tanker|tankers ...2 "barred"|"banned"|"denied" "from"|"access" ...3 port|ports|services|waters|access

rule sanction.entities
  type sanction
  weight 0.85
  match [actor:ORG|GROUP|LOC|PER]? ...4 sanction|blacklist|designate|target ...3 [entities:QTY] ...2 entity|entities|company|companies|firm|individual|people|person|bank|organisation|organization
  match sanction ...4 "on"|"against"|"targeting" ...2 [entities:QTY] ...2 entity|entities|company|companies|firm|individual|bank
  match freeze|freezes|ban|bans|restriction|restrictions|sanction ...3 "on"|"against" ...6 [entities:QTY] entity|entities|company|companies|firm|firms|organisation|organisations|organization|organizations|bank|banks
  match [actor:ORG|GROUP|LOC|PER]? ...4 add|list|designate|include ...3 [entities:QTY] ...2 entity|entities|company|companies|firm|firms|individual|individuals|person|people|bank|banks
  # "More than 140 individuals and entities were added to the asset-freeze list".
  match [entities:QTY] ...4 individual|individuals|entity|entities|company|companies|firm|firms|person|people|bank|banks ...3 "were"|"was"|"have"|"had" "been"? "added"|"listed"|"designated"|"blacklisted" ...8 list|sanctions|register|registry|blacklist
  match freeze|froze|frozen ...3 asset|assets ...2 "of" ...6 [entities:QTY] entity|entities|company|companies|firm|firms|organisation|organisations|organization|organizations|bank|banks
  match freeze|froze|frozen ...3 asset|assets ...2 "of" [entities:QTY] ...2 person|people|individual|individuals|oligarch|oligarchs|tycoon|tycoons|businessman|businessmen|billionaire|billionaires
  # "sanctions on five banks and three wealthy individuals", "on 12 oligarchs".
  match sanction ...4 "on"|"against"|"targeting" ...2 [entities:QTY] ...2 oligarch|oligarchs|tycoon|tycoons|businessman|businessmen|billionaire|billionaires
  match [actor:ORG|GROUP|LOC|PER]? ...3 ban|bans|banned|restrict|restricted ...4 export|exports|sale|sales|supply|supplies ...6 "to" [entities:QTY] ...2 entity|entities|company|companies|firm|firms|organisation|organisations

rule sanction.general
  type sanction
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...4 impose|announce|adopt|approve|unveil|introduce|extend|expand|slap|levy ...4 sanction|sanctions|embargo|restriction|penalty
  match [actor:ORG|GROUP|LOC|PER]? ...2 "sanctioned"|"sanctioning"|"blacklisted"|"blacklisting"|"blacklists" ...4 [target:ORG|PER|LOC|GROUP]
  match [actor:ORG|GROUP|LOC|PER]? ...3 freeze|seize|confiscate ...3 asset|assets|fund|reserves
  # "halted the approval process for Nord Stream 2", "suspended the certification of the pipeline".
  match [actor:ORG|GROUP|LOC|PER]? ...3 halt|halted|halts|suspend|suspended|freeze|froze|block|blocked ...3 approval|certification|licence|license|licensing ...4 pipeline|stream|project
  # "Western firms may ship Russian crude only if sold at or below $60 a barrel": the price cap.
  match "only" "if"|"when" ...4 "sold"|"bought"|"priced" ...2 "at"|"below"|"under" ...3 "below"|"or"? [money:QTY] ...2 "a"|"per" "barrel"
  match sanctions|embargo|embargoes "package"|"on"|"against"
  # "mirrored the US list with sanctions of its own", "imposed their own sanctions".
  match [actor:ORG|GROUP|LOC|PER] ...12 sanctions "of" "its"|"their" "own"
  match [actor:ORG|GROUP|LOC|PER]? ...4 impose|imposed|imposes|announce|announced|adopt|adopted|introduce|introduced ...1 "its"|"their" "own" sanctions
  # "agreed to cut selected Russian banks off SWIFT", "disconnect banks from SWIFT".
  match [actor:ORG|GROUP|LOC|PER]? ...4 cut|cutting|disconnect|disconnected|disconnecting|exclude|excluded|excluding|remove|removed|removing|ban|banned ...5 bank|banks|lender|lenders ...3 "off"|"from"|"out" ...2 "SWIFT"|"Swift"
  unless lift|ease|evade|evasion|circumvent|avoid|despite|relief

# Entry bans on a list of people: "Moscow has barred entry to a further list
# of Japanese citizens", "banned 500 Americans from entering Russia".
rule sanction.entry_ban
  type sanction
  subtype entry_ban
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 bar|barred|bars|barring|ban|banned|bans|banning|deny|denied|denies|close|closed ...2 "entry" ...2 "to"|"for"|"on" ...6 citizen|citizens|official|officials|national|nationals|lawmaker|lawmakers|journalist|journalists|individual|individuals|list|people|persons|politicians|academics|members
  match [actor:ORG|GROUP|LOC|PER]? ...3 bar|barred|bars|ban|banned|bans ...2 [entities:QTY] ...3 citizen|citizens|official|officials|nationals|lawmakers|journalists|individuals|people|persons|politicians|americans|britons|canadians|australians|japanese ...4 "from" "entering"
  unless visa-free|tourists|tourist|refugees|refugee|migrants|migrant|asylum|covid|virus

# "The EU adopted its 18th package", "lowering the crude price cap to $47.60".
# "18th" is two tokens, "18" and "th": the gap takes the figure, the
# suffix is the word (a literal "18th" would never match).
rule sanction.package
  type sanction
  weight 0.7
  match [actor:ORG|GROUP|LOC|PER]? ...3 adopt|adopted|adopts|approve|approved|approves|agree|agreed|unveil|unveiled ...2 "its"|"a"|"the"|"new"? ...2 "th"|"st"|"nd"|"rd"|"tenth"|"eleventh"|"twelfth"|"thirteenth"|"fourteenth"|"fifteenth"|"sixteenth"|"seventeenth"|"eighteenth"|"nineteenth"|"twentieth" "package"
  match [actor:ORG|GROUP|LOC|PER]? ...3 lower|lowered|lowering|lowers|cut|cuts|cutting|tighten|tightened|tightening|reduce|reduced|reducing ...3 "price" "cap"
  # "lowers the price cap on Russian crude from $60 to $47.60 a barrel": the new cap.
  match lower|lowered|lowering|lowers|cut|cuts|cutting|reduce|reduced|reducing|set|sets|setting ...3 "price" "cap" ...8 "to"|"at" [money:QTY]
  unless aid|military|support|assistance|loan|financial|stimulus|recovery

rule sanction.money
  type sanction
  subtype assets
  weight 0.8
  match freeze|seize|confiscate ...3 [money:QTY] ...5 asset|assets|fund|reserves
  match [money:QTY] ...6 asset|assets|reserves|fund|funds ...4 "frozen"|"seized"|"immobilised"|"immobilized"|"blocked"
