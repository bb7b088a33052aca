# interception — air defence downs drones or missiles.
# Quantities: intercepted, launched ("20 of 31": intercepted 20, launched 31).

rule interception.n_of_m
  type interception
  subtype drone
  weight 0.9
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy|neutralise|neutralize|repel|eliminate ...2 [intercepted/launched:QTY_OF] ...3 drone|shahed|uav|kamikaze
  match [intercepted/launched:QTY_OF] ...3 drone|shahed|uav ...6 shoot|down|intercept|destroy|neutralise|neutralize|eliminate

rule interception.n_of_m_missile
  type interception
  subtype missile
  weight 0.9
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy|neutralise|neutralize|eliminate ...2 [intercepted/launched:QTY_OF] ...3 missile|rocket
  match [intercepted/launched:QTY_OF] ...3 missile|rocket ...6 shoot|down|intercept|destroy|neutralise|neutralize|eliminate

# "downed 20 drones, from a total of 31 launched"
rule interception.out_of_total
  type interception
  subtype drone
  weight 0.85
  match shoot|down|intercept|destroy|neutralise|neutralize|eliminate ...2 [intercepted:QTY] ...3 drone|shahed|uav|missile|rocket ...8 "total" "of" [launched:QTY]

# "launched 49 drones, 27 of which were shot down"
rule interception.of_which
  type interception
  subtype drone
  weight 0.85
  match [launched:QTY] ...3 drone|shahed|uav|missile ...6 [intercepted:QTY] "of" "which"|"them"|"those" ...3 shoot|down|intercept|destroy|neutralise|neutralize
  match [launched:QTY] ...3 drone|shahed|uav|missile ","? "of" "which"|"them" [intercepted:QTY] ...3 shoot|down|intercept|destroy|neutralise|neutralize
  match [launched:QTY] drone|shahed|uav|missile ...2 "," "of" "which"|"them" [intercepted:QTY] ...3 shoot|down|intercept|destroy|neutralise|neutralize
  match [launched:QTY] ...4 drone|shahed|uav|missile ...12 shoot|down|intercept|destroy|neutralise|neutralize ...2 [intercepted:QTY] "of" "them"|"those"|"these"

# "Of the 40 drones, 30 were destroyed"
rule interception.of_the
  type interception
  weight 0.85
  match "of" "the"? [launched:QTY] ...3 drone|shahed|uav|missile|rocket ","? [intercepted:QTY] ...3 shoot|down|intercept|destroy|neutralise|neutralize

rule interception.count
  type interception
  subtype drone
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy|neutralise|neutralize|eliminate ...2 [intercepted:QTY] ...3 drone|shahed|uav
  match [intercepted:QTY] ...3 drone|shahed|uav "were"|"was"|"have"|"had"|"been" ...2 shoot|down|intercept|destroy|neutralise|neutralize|eliminate
  match shoot|down|intercept|destroy|neutralise|neutralize ...2 [QTY] ...3 missile|rocket|bomb|bombs|projectile|projectiles "and" [intercepted:QTY] ...3 drone|shahed|uav
  # "shot down six unmanned aerial vehicles": the drone spelled out.
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy|neutralise|neutralize ...2 [intercepted:QTY] ...1 "aerial" "vehicles"|"vehicle"
  # "shot down three guided bombs, two rockets and 30 drones": the drones
  # close a list of counts.
  match shoot|down|intercept|destroy|neutralise|neutralize ...2 [QTY] ...4 "," ...5 "and" [intercepted:QTY] ...3 drone|shahed|uav|vehicles

# "Russia launched 64 drones overnight. Forty-one were shot down": the
# total is read from the sentence before (event_builder.cc).
rule interception.of_them
  type interception
  subtype drone
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy|neutralise|neutralize ...2 [intercepted:QTY] "of" "them"|"those"|"these"

rule interception.count_bare
  type interception
  weight 0.75
  match [intercepted:QTY] "were"|"was"|"had"|"have" "been"? "shot"|"brought"|"downed"|"intercepted"|"destroyed"|"neutralised"|"neutralized"
  match [intercepted:QTY] "of" "them"|"those"|"these"|"the" ...2 "were"|"was"|"had"|"have" "been"? "shot"|"brought"|"downed"|"intercepted"|"destroyed"|"neutralised"|"neutralized"
  match "Of" "the"? [launched:QTY] ...10 "," [intercepted:QTY] "were"|"was"|"had"|"have" "been"? "shot"|"brought"|"downed"|"intercepted"|"destroyed"|"neutralised"|"neutralized"
  # "Russia fired 40 missiles, and air defences brought down 33.": the
  # bare count after the verb, the total told before it.
  match [launched:QTY] ...3 missile|missiles|drone|drones|rocket|rockets|shahed|shaheds ...10 "air" defence|defense|defences|defenses ...2 "shot"|"brought" "down" [intercepted:QTY] ","|"."|";"
  # "Five surrendering soldiers were shot dead": people, not drones.
  unless soldier|soldiers|people|person|civilian|civilians|man|men|woman|women|prisoner|prisoners|captive|captives|servicemen|troops|residents|dead|protesters|hostages

rule interception.count_missile
  type interception
  subtype missile
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy|neutralise|neutralize ...2 [intercepted:QTY] ...3 missile|rocket
  match [intercepted:QTY] ...3 missile|rocket "were"|"was"|"have"|"had"|"been" ...2 shoot|down|intercept|destroy|neutralise|neutralize

  match [intercepted:QTY] ...4 [WEAPON]? ...2 missile|missiles ...4 "were"|"was"|"had"|"been" ...2 "shot"|"downed"|"intercepted"|"destroyed"
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept|destroy ...2 [intercepted:QTY] [WEAPON] ...3 "and"? ...2 [QTY]? ...2 [WEAPON]?

# No number: "air defences were active over Kyiv", "drones were shot down over Odesa".
# "two drones were suppressed by electronic warfare", "EW units jammed 30
# drones": drones brought down without a shot.
rule interception.electronic
  type interception
  subtype drone
  weight 0.75
  match [intercepted:QTY]? ...2 drone|drones|uav|uavs|shahed|shaheds ...2 "was"|"were"|"had"|"have" "been"? "suppressed"|"jammed"
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 suppress|suppressed|jam|jammed ...2 [intercepted:QTY] ...3 drone|uav|shahed
  unless signal|signals|gps|navigation|communications|phone|phones|radio

# "air defences shot down 13 projectiles", "intercepted five rockets of a
# multiple launcher", "downed four guided bombs": what was shot down is
# neither a drone nor a missile.
rule interception.projectiles
  type interception
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 shoot|down|intercept ...2 [intercepted:QTY] ...3 projectile|projectiles|bomb|bombs|shell|shells|warhead|warheads
  # "intercepting over half of the projectiles": a share, not a count.
  unless dead|alive|hostage|hostages|civilians|protesters|half|third|quarter|percent|most

rule interception.air_defence
  type interception
  weight 0.65
  match drone|missile|uav|shahed ...3 "shot"|"were"|"was" ...2 "down"|"intercepted"|"downed"
  match "air" defence|defense ...3 repel|intercept|engage|down|operate|active

# "the fleet destroyed five uncrewed boats", "a drone attack on Sevastopol
# was repelled": defence against naval drones and raids.
rule interception.naval
  type interception
  subtype naval_drone
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 destroy|sink|sank|repel|intercept|neutralise|neutralize ...2 [intercepted:QTY]? ...3 uncrewed|unmanned|naval|sea ...1 boat|boats|drone|drones|vessel|vessels
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 drone|drones|naval|sea|boat|boats|air ...1 attack|raid|attacks|raids ...3 "was"|"were"|"had"|"has" "been"? "repelled"|"repulsed"|"thwarted"|"foiled"
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 repel|repelled|repulse|repulsed|thwart|thwarted|foil|foiled ...3 "a"|"an"|"the"? ...2 drone|drones|air|missile|naval attack|attacks|raid|raids

# Figures set out as a table or a list, as air force summaries give them:
# "Missiles: 122 launched / 87 shot down", "Drones - 36 launched, 27 downed"
# (a gap of one takes the colon, dash or slash: rules name no punctuation).
rule interception.table
  type interception
  subtype missile
  weight 0.8
  match missile|missiles|rocket|rockets ...1 [launched:QTY] "launched"|"fired" ...1 [intercepted:QTY] "shot"|"downed"|"destroyed"|"intercepted"|"neutralised"|"neutralized"|"suppressed"

rule interception.table_drone
  type interception
  subtype drone
  weight 0.8
  match drone|drones|shahed|shaheds|uav|uavs ...1 [launched:QTY] "launched"|"fired" ...1 [intercepted:QTY] "shot"|"downed"|"destroyed"|"intercepted"|"neutralised"|"neutralized"|"suppressed"
