# attack — strikes and bombardment: drone, missile, artillery, air, bombing.
# Quantities: launched. See README.md for the language.

rule attack.drone
  type attack
  subtype drone
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? drone|shahed|uav|kamikaze attack|strike|raid|assault|barrage ...4 [target:LOC|ORG]?

rule attack.missile
  type attack
  subtype missile
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? missile|rocket|ballistic|cruise attack|strike|barrage|assault ...4 [target:LOC|ORG]?
  # "two Russian ballistic missiles struck the centre of Sumy": the count is what was fired.
  match [launched:QTY] ...3 missile|missiles|rocket|rockets "struck"|"hit"|"slammed"|"smashed"|"landed"|"exploded" ...4 [target:LOC|ORG]?

rule attack.artillery
  type attack
  subtype artillery
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 shell|shelling|bombard|bombardment|mortar ...4 [target:LOC|ORG]?
  match artillery|mortar|rocket fire|barrage|strike
  # "rationing artillery shells", "a ten-to-one advantage in shells": ammunition, not shelling.
  unless shortage|shortages|advantage|supply|supplies|deficit|ammunition|production|stock|stocks|stockpile|stockpiles|rationing|ration|rationed|produce|produced|manufacture|lack|calibre|caliber|mm|batch|batches|shipment|shipments|received|procured|purchased|bought|initiative|receiving|receive|reach|delivered|deliver|deliveries|financing|containers|shipped|ship|ships

rule attack.air
  type attack
  subtype air
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 airstrike|air-strike|airstrikes|bombing|glide ...4 [target:LOC|ORG]?
  match "air"|"aerial" strike|raid|attack|bomb
  unless hunger

# The generic verbs and nouns; the weapon rules above give the subtype when
# they fire on the same sentence.
rule attack.strike
  type attack
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 strike|attack|hit|pound|bomb|blast ...4 [target:LOC|ORG]?
  match [actor:ORG|GROUP|LOC|UNIT]? ...4 missile|rocket|drone|bomb|shell|shahed|projectile ...2 slam|smash|crash|plough|plow ...2 "into" ...4 [target:LOC|ORG]?
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 drop|dropped ...2 explosive|explosives|bomb|bombs|munition|munitions|grenade|grenades ...3 "on"|"onto" ...4 [target:LOC|ORG]?
  match sea|naval|maritime|uncrewed|unmanned ...1 drone|drones ...3 sink|sank|sunk|hit|strike|struck|attack|damage
  # "the dam was hit by eight missiles"
  match hit|strike|target "by" [launched:QTY] ...3 missile|missiles|rocket|rockets|drone|drones|bomb|bombs|shahed|shaheds
  # "Russian missiles damaged the cathedral", "a drone destroyed two houses".
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 missile|missiles|rocket|rockets|drone|drones|bomb|bombs|shell|shells|shahed|shaheds|projectile|projectiles "damaged"|"destroyed"|"wrecked"|"flattened"|"levelled"|"leveled"|"gutted" ...4 [target:LOC|ORG]?
  # "The missiles were used again overnight against targets in the occupied territories".
  match missile|missiles|rocket|rockets|drone|drones|bomb|bombs|atacms|himars|shell|shells ...2 "were"|"was"|"have"|"had" "been"? "used"|"fired"|"launched" ...6 "against" ...4 target|targets|airfield|airfields|base|bases|positions|depot|depots|facility|facilities
  unless heart|panic|union|worker|hunger|repel|repulse|lightning|cyber|price|deal|counter|market|goal|record|repelled|outage|outages|inflation|recession|crisis|sanctions|storm|flood|flooding|heatwave|shortage|shortages|hacker|hackers|hallmarks|hallmark|adjusting|adjusted|adjust|correcting|spotting
  unless went|labour|labor|teacher|doctor|miner|sanction|tariff|measures|restrictions|curbs|tariffs|channels
  # "a package of 1,600 strike and air defence missiles": weapons, not a strike.
  unless package|pledge|pledged|deliver|delivered|delivery
  # "3 billion pounds a year": money, not a pounding.
  unless billion|million|thousand|bn|sterling

rule attack.launch
  type attack
  weight 0.8
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 launch|fire|unleash|hurl|hurled|hurls|rain|rained ...3 [launched:QTY] ...3 drone|missile|rocket|shahed|uav|bomb|projectile
  match [launched:QTY] ...3 drone|missile|rocket|shahed|uav ...4 launch|fire "by"|"from"? [actor:ORG|GROUP|LOC|UNIT]?
  # "More than 60 guided bombs were dropped on Avdiivka".
  match [launched:QTY] ...3 bomb|bombs|munition|munitions|shell|shells ...2 "were"|"was"|"had"|"have" "been"? "dropped"|"fired"|"launched" ...4 "on"|"at"|"onto"|"against"? ...3 [target:LOC|ORG]?

# "Military helicopters fired on the convoy", "troops opened fire on a car",
# "Ukraine used ATACMS missiles against an airfield in Crimea".
rule attack.fire_on
  type attack
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT|PER]? ...3 helicopter|helicopters|jet|jets|aircraft|warplane|warplanes|gunboat|warship|tank|tanks|troop|troops|soldier|soldiers|force|forces|unit|units|gunmen|sniper|snipers ...2 "fired"|"fire"|"firing"|"opened" "fire"? "on"|"at"|"upon" ...6 [target:LOC|ORG]?
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 "used"|"using"|"uses"|"use"|"deployed"|"employed" ...3 [weapon:WEAPON] ...3 "missiles"|"rockets"|"drones"? ...4 "against"|"on"|"to"|"in" "strike"|"hit"|"attack"? ...4 [target:LOC|ORG]?
  unless warning|warnings|shots|celebration|celebratory|salute|training|exercise|drill|drills|question|questions|criticism|permission|ban|restrictions

# "our artillery destroyed the crossings", "gunners hit an ammunition depot".
rule attack.artillery_hit
  type attack
  subtype artillery
  weight 0.65
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 artillery|gunners|artillerymen|howitzers ...2 destroy|destroyed|destroys|hit|hits|struck|strike|strikes|wipe|wiped ...4 [target:LOC|ORG]?
  unless support|supplies|shells|ammunition|shortage|shortages|production

# "Russia sent 50 drones against Kyiv"; but "Britain will send 120 armoured
# vehicles and missile systems to Ukraine" is aid.
rule attack.send
  type attack
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 send ...3 [launched:QTY] ...3 drone|missile|rocket|shahed|uav|bomb|projectile
  unless system|systems|vehicle|vehicles|armoured|armored|package|aid|delivery|deliveries|shipment|supply|supplies|pledge|donate|launcher|launchers|interceptor|interceptors

rule attack.with_weapons
  type attack
  weight 0.75
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 strike|attack|hit|target|pound|shell ...4 "with" ...2 [launched:QTY]? ...3 drone|missile|rocket|shahed|bomb|artillery|weapon
  match [actor:ORG|GROUP|LOC|UNIT]? ...2 strike|attack|hit|target|pound|shell ...4 "with"|"using" ...3 [weapon:WEAPON]

rule attack.target_energy
  type attack
  weight 0.7
  match [actor:ORG|GROUP|LOC|UNIT]? ...3 target|hit|strike ...4 energy|power|infrastructure|facility|depot|refinery|airfield|base|plant|port|substation
