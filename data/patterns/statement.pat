# statement — accusation, condemnation, warning, threat, demand, proposal.
# Reported speech alone ("X said") is attribution, not a statement event:
# a statement rule needs a verb of accusing, warning, demanding...

rule statement.accuse
  type statement
  subtype accusation
  plover ACCUSE
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 accuse|blame|allege|charge|denounce ...4 [target:PER|ORG|LOC|GROUP]?
  unless criminal|court|prosecutor|indictment|fee|battery

rule statement.condemn
  type statement
  subtype condemnation
  plover ACCUSE
  weight 0.8
  match [actor:PER|ORG|LOC|GROUP]? ...3 condemn|denounce|criticise|criticize|slam|decry|deplore ...4 [target:PER|ORG|LOC|GROUP]?

rule statement.warn
  type statement
  subtype warning
  plover THREATEN
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 warn|threaten|ultimatum ...6 [target:PER|ORG|LOC|GROUP]?
  match [actor:PER|ORG|LOC|GROUP] ...2 threat|threats "to"|"against"|"of"|"that" ...6 [target:PER|ORG|LOC|GROUP]?
  unless weather|storm|flood|air-raid|air|siren|alert|health

rule statement.demand
  type statement
  subtype demand
  plover REQUEST
  weight 0.75
  match [actor:PER|ORG|LOC|GROUP]? ...3 demand|urge|call|appeal|insist ...2 "on"|"for"|"upon"|"that"? ...4 [target:PER|ORG|LOC|GROUP]?
  unless phone|video|telephone|roll|close|wake|duty|centre|center|sign|up|censorship|reject|rejected|heed|ignore|ignored|dismiss|dismissed

rule statement.propose
  type statement
  subtype proposal
  plover REQUEST
  weight 0.7
  match [actor:PER|ORG|LOC|GROUP]? ...3 propose|suggest|offer|float|put ...3 plan|proposal|ceasefire|truce|deal|talks|negotiation|exchange|swap
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
