# clash — ground fighting, assaults, offensives. Quantities: troops.

rule clash.fighting
  type clash
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 fight|fighting|clash|clashes|battle|skirmish|firefight|combat ...6 [location:LOC]
  match "heavy"|"fierce"|"intense"|"intensive"|"ongoing"|"street"|"close" fighting|clashes|battles|combat
  unless political|legal|court|election|corruption|fire|wildfire|cancer|disinformation|sovereignty|freedom|independence

rule clash.assault
  type clash
  subtype assault
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 assault|offensive|counteroffensive|counter-offensive|storm|counterattack|onslaught ...5 [location:LOC]
  unless sexual|involve|involving|strategy|capability|capabilities|operation|operations|posture|tactic|effort|efforts|weapon|weapons

rule clash.attack_positions
  type clash
  subtype assault
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 attack|assault|storm|push ...3 position|defence|defense|line|trench|stronghold
  # "broke through thinly held Russian lines", "punched through the defences".
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 break|broke|broken|breaking|punch|punched|smash|smashed|pierce|pierced "through" ...4 position|positions|defence|defences|defense|defenses|line|lines|front
  # "Russian forces also attacked near Krasnohorivka": troops attacking near a place fight there.
  match [actor:GROUP|UNIT] ...2 "attacked"|"attacking"|"assaulted"|"stormed"|"advanced"? "near"|"around"|"towards"|"toward"|"outside" [location:LOC]
  # "protesters broke through police lines": a crowd, not an army.
  unless police|protester|protesters|crowd|crowds|demonstrators|rioters|fans|barricade|barricades

# "hold back the Russian advance", "fend off an assault", "resisting".
rule clash.defence
  type clash
  subtype defence
  weight 0.7
  # Assaults and attacks beaten back are clash.beaten_back's, whose actor is the attacker.
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 hold|fend|beat|push|fight ...2 "back"|"off" ...3 advance|advances|force|forces|troop|troops|push ...6 [location:LOC]?
  # Who defends, or where: not "people who defend the Motherland must feel support".
  match [actor:ORG|GROUP|LOC|UNIT] ...3 defend|resist|resisting ...4 [location:LOC]?
  match defend|resist|resisting ...4 [location:LOC]
  match brigade|brigades|troops|forces|units|soldiers|defenders|garrison ...8 defend|resist|resisting
  # "Ukrainian forces are still holding positions in Udachne", "holding out in Toretsk".
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "holding"|"hold"|"held"|"holds" ...2 position|positions|line|lines|ground ...3 "in"|"at"|"near"|"around" ...2 [location:LOC]
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "holding"|"hold"|"held"|"holds" "out"|"on" "in"|"at"|"near"|"around" ...2 [location:LOC]
  # "a step many European governments had resisted": a policy resisted, not a town.
  unless restriction|restrictions|pressure|call|calls|temptation|change|reform|regulation|government|governments|step|steps|move|idea|proposal|proposals
  unless motherland|homeland|democracy|values|rights|freedom|freedoms|interests|sovereignty|decision|record|title|thesis

rule clash.repelled
  type clash
  subtype assault
  weight 0.8
  # The side whose attacks were repelled is the clash's actor, named first
  # when the sentence names it ("repelled Russian ground attacks", "five
  # Ukrainian counterattacks"), not the side that repelled them.
  # "repelled three counterattacks by assault groups of the AFU": the side after "by".
  match repel|repulse|repelled|thwart ...2 [count:QTY]? ...1 attack|attacks|assault|assaults|attempt|attempts|counterattack|counterattacks|counter-attacks "by"|"from" ...4 [actor:GROUP|ORG|UNIT] ...4 [location:LOC]?
  match repel|repulse|repelled|thwart ...2 [count:QTY]? [actor:GROUP|ORG|LOC|UNIT] ...1 attack|attacks|assault|assaults|attempt|attempts|offensive|counterattack|counterattacks|counter-attacks ...4 [location:LOC]?
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 repel|repulse|repelled|thwart ...3 [count:QTY]? ...3 attack|assault|attempt|offensive|counterattack|counterattacks|counter-attack|counter-attacks|counteroffensive ...4 [location:LOC]?
  match [count:QTY] [actor:GROUP|ORG|LOC|UNIT]? attack|attacks|assault|assaults|attempt|attempts ...4 "were"|"was"|"had"|"have" "been"? "repelled"|"repulsed"|"thwarted"|"beaten" ...4 [location:LOC]?
  # "the enemy tried to push forward in small groups; the attempt was beaten off".
  match "the"|"this"|"that"|"each"|"every" attack|attacks|assault|assaults|attempt|attempts "was"|"were" "repelled"|"repulsed"|"thwarted"|"beaten"|"foiled"

# "beat back 15 Russian assaults near Kupiansk", "Russian units attacked 38 times"
rule clash.beaten_back
  type clash
  subtype assault
  weight 0.8
  match beat|beaten|push|pushed|fight|fought|fend "back"|"off" ...2 [count:QTY]? [actor:GROUP|ORG|LOC|UNIT] attack|assault|attempt|offensive ...4 [location:LOC]?
  # The side that beat the attacks back is not the clash's actor (the
  # attacker is, when named as above): "Ukrainian troops beat back three
  # assaults", "According to the General Staff, defenders beat back ...".
  match [ORG|GROUP|LOC|UNIT]? ...3 beat|beaten|push|pushed|fight|fought|fend "back"|"off" ...2 [count:QTY]? ...3 attack|assault|attempt|offensive ...4 [location:LOC]?
  match [actor:ORG|GROUP|LOC|UNIT] ...2 attack|assault|storm [count:QTY] "times"

rule clash.engagements
  type clash
  weight 0.8
  match [count:QTY] ...2 combat|military? clash|engagement|battle|firefight ...5 [location:LOC]?

rule clash.troops_involved
  type clash
  weight 0.7
  match [troops:QTY] ...3 troop|soldier|fighter|serviceman ...3 fight|battle|engage

# "Ukrainian troops crossed the border near Sudzha": a cross-border incursion.
rule clash.incursion
  type clash
  subtype incursion
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 cross|crossed|crossing|breach|breached ...2 "the"? border|frontier ...4 "into"|"near"|"at"|"in"? ...2 [location:LOC]?
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 incursion|raid|offensive ...2 "into" ...3 [location:LOC]
  # "the occupiers tried to cross the Siverskyi Donets near Bilohorivka on pontoons".
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "tried"|"attempted"|"trying"|"attempting"|"tries"|"attempts" "to" "cross"|"force" ...5 "near"|"at"|"by"|"around" ...2 [location:LOC]
  unless refugees|refugee|trucks|goods|civilians|freight|cargo|grain|residents|evacuees|families

# The daily count of ground assaults: "the General Staff reported 11
# Russian attacks near Chasiv Yar", "47 assaults in the Pokrovsk sector".
rule clash.assault_count
  type clash
  subtype assaults
  plover ASSAULT
  weight 0.75
  match [count:QTY] ...2 attack|attacks|assault|assaults|offensive ...2 "near"|"around"|"on"|"in"|"towards"|"toward" ...3 [location:LOC]
  # "the aggressor made 39 attempts to push our units from their positions".
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 make|made|making [count:QTY] ...1 attempt|attempts "to" ...6 position|positions|line|lines|defence|defences|defense|defenses
  # "the enemy attacked our positions fourteen times", "stormed 14 times".
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "attacked"|"stormed"|"assaulted"|"tried"|"attempted" ...4 [count:QTY] "times"
  # "the General Staff had recorded 67 Russian assaults along the front".
  match [count:QTY] ...2 attack|attacks|assault|assaults|clash|clashes|engagement|engagements|counterattacks ...3 "along"|"across"|"on" "the"|"all"? "front"|"frontline"|"front-line"|"line"|"sectors"|"directions"
  unless drone|drones|missile|missiles|air|aerial|glide|bomb|bombs|shelling|artillery|cyber|cyberattack
