# arrest — arrests, detentions, spy networks exposed. Quantities: agents, people.

rule arrest.detain
  type arrest
  weight 0.8
  match [actor:ORG|GROUP|LOC|PER]? ...3 arrest|detain|apprehend|jail|imprison|sentence ...3 [people:QTY]? ...4 [target:PER|GROUP|ORG]?
  # "prosecutors charged him", not "in charge of", "faces charges".
  match [actor:ORG|GROUP|LOC|PER]? ...3 "charged" ...3 [people:QTY]? ...4 [target:PER|GROUP|ORG]?
  match [people:QTY] ...3 suspect|suspects|person|people|man|men|woman|women|resident|residents|official|officials|citizen|citizens|agent|agents ...8 "were"|"was"|"been"|"are" ...2 "arrested"|"detained"|"apprehended"|"taken"|"jailed"
  # "Two more suspects were picked up near Dorohusk", "rounded up".
  match [people:QTY] ...3 suspect|suspects|person|people|man|men|woman|women|agent|agents|saboteurs|collaborators ...8 "were"|"was"|"been"|"are"|"have" "been"? "picked"|"rounded" "up"
  unless cardiac|heart|fee|battery|phone|electric|warrant|warrants|case|cases|affaires|d'affaires|hospital|hospitals|hospitalised|hospitalized|shelter|shelters|safety|free|roam|roaming

rule arrest.agents
  type arrest
  subtype espionage
  weight 0.85
  match [actor:ORG|GROUP|LOC|PER]? ...3 expose|exposure|uncover|dismantle|bust|neutralise|neutralize|detain|arrest|identify|catch ...4 [agents:QTY] ...3 agent|spy|spies|informant|saboteur|collaborator
  match [actor:ORG|GROUP|LOC|PER]? ...3 expose|exposure|uncover|dismantle|disruption|disrupt|bust|break ...4 spy|espionage|agent|sabotage network|ring|cell|group
  match [agents:QTY] ...2 [target:GROUP|LOC|ORG]? ...1 agent|spy|spies|informant|saboteur ...4 arrest|detain|expose|catch|apprehend

rule arrest.treason
  type arrest
  subtype espionage
  weight 0.75
  match [actor:ORG|GROUP|LOC|PER]? ...4 detain|arrest|charge|suspect ...6 treason|espionage|spying|sabotage|collaboration

# "SBU officers arrested a resident of Zaporizhzhia": one person.
rule arrest.one
  type arrest
  weight 0.75
  quantity people=1
  match [actor:ORG|GROUP|LOC|PER]? ...3 arrest|detain|apprehend ...2 "a"|"an" ...2 resident|man|woman|suspect|citizen|official|teacher|priest|soldier|serviceman|officer|employee|pensioner|student|blogger|journalist|worker
  match "a"|"an" ...2 resident|man|woman|suspect|citizen|official|teacher|priest|soldier|serviceman|officer|employee|pensioner|student|blogger|journalist|worker ...8 "was"|"has"|"had" "been"? "arrested"|"detained"|"apprehended"
  unless cardiac|heart
