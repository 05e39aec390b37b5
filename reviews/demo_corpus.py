"""What the demo reviews are made of: per treatment, what was done, how the recovery went, and titles.

A review's story is an opening in the patient's voice, what was done and how the recovery went for
that treatment, and an ending that matches the verdict and the kind of treatment (a surgery is judged
in months and doesn't "wear off"; an injectable's downtime is days). Titles are the treatment's own
first; after those, templates for its category that name the treatment.
"""

W, S, N = "worth_it", "not_sure", "not_worth_it"

# slug: (what was done, how the recovery went, titles as (verdict, title, the story's ending for that title,
# or "" for an ending of the verdict's own))
DETAILS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str, str], ...]]] = {
    "botox": (
        (
            " We agreed on a light dose between the brows and across the forehead, and my brow position was "
            "checked in the mirror before anything was injected.",
            " It took about ten minutes, and the units used in each area were written into my record, which I "
            "appreciated.",
        ),
        (
            " A few small bumps for half an hour and one pinprick bruise I covered with concealer; it started "
            "working on day four.",
            " No downtime at all: back at my desk the same afternoon, and the full effect showed at about two weeks.",
        ),
        (
            (W, "My frown lines are finally gone, and I still look like me", ""),
            (W, "Ten minutes, no downtime, rested-looking face", ""),
            (W, "Subtle forehead Botox that nobody noticed", ""),
            (
                S,
                "Nice result, but it only lasted ten weeks",
                " It looked great at two weeks, but by ten weeks I was frowning again. I'll ask about the dose next time before deciding whether to continue.",
            ),
            (
                N,
                "Heavy brows for a month after my first Botox",
                " My forehead felt heavy and my brows sat lower for about a month until it eased. It wore off in the end, but I won't be having forehead Botox again.",
            ),
        ),
    ),
    "lip-filler": (
        (
            " We used half a syringe, mostly along the border and the centre of the upper lip, and stopped "
            "there even though I had paid for the whole syringe.",
            " I showed photos of lips I liked and we talked honestly about what would suit my face.",
        ),
        (
            " My lips were swollen and lumpy for three days, worst the morning after, and I had a small bruise "
            "at one corner that lasted about a week.",
            " Swelling for two days, then it settled into the shape we planned.",
        ),
        (
            (W, "Half a syringe was all I needed", ""),
            (W, "Finally an upper lip that shows when I smile", ""),
            (
                S,
                "Pretty lips, but I expected them to last longer",
                " They looked lovely for about four months, then faded faster than the six to twelve months I'd been told. I'm undecided about a second round.",
            ),
            (
                N,
                "Lumpy lip filler that had to be dissolved",
                " A month later there were still lumps I could feel and see when I smiled. It had to be dissolved, which meant another appointment and another bill.",
            ),
        ),
    ),
    "cheek-filler": (
        (
            " One syringe split between both cheeks, placed high over the cheekbone rather than in the "
            "apple of the cheek.",
            " I was shown in the mirror how much support the cheek gave to the under-eye area before we started.",
        ),
        (
            " Tender to touch for about four days and a little puffy; no bruises.",
            " Mild swelling for a few days; chewing felt odd on day one.",
        ),
        (
            (W, "My face looks less tired without looking done", ""),
            (W, "Cheek filler brought back my cheekbones", ""),
            (
                S,
                "Good cheek filler, but I'm not sure I needed it",
                " It looks nice, but honestly the change is small, and I wonder whether the money would have been better spent on my skin.",
            ),
            (
                N,
                "Cheek filler made my face look wider",
                " Once the swelling went down my face looked wider and a bit puffy when I smiled. I had part of it dissolved and I wouldn't do it again.",
            ),
        ),
    ),
    "under-eye-filler": (
        (
            " A small amount in each tear trough with a cannula. I was told it's an area where less is more, "
            "and we stopped well before I thought we would.",
            " The injector checked whether I had bags or hollows before agreeing to do it at all.",
        ),
        (
            " Puffy for three days and a bruise under the left eye that took a week to fade.",
            " A little swelling the next morning and nothing after that.",
        ),
        (
            (W, "No more dark hollows in photos", ""),
            (
                S,
                "Softer hollows, but I still need concealer",
                " The shadows are softer but not gone; some of my dark circles turned out to be pigment, which filler can't fix.",
            ),
            (
                N,
                "Under-eye filler left me puffy every morning",
                " Months later I still wake up with puffy ridges under my eyes, worse after salty food. I'm booked in to have it dissolved.",
            ),
        ),
    ),
    "jawline-filler": (
        (
            " Two syringes over two visits: the chin first, then the angle of the jaw a month later.",
            " We used a firm filler placed on the bone and looked at my profile after each side.",
        ),
        (
            " Sore when chewing for four or five days and some bruising along the jaw.",
            " Tender for a few days, nothing anyone noticed.",
        ),
        (
            (W, "A sharper jawline without looking fake", ""),
            (
                S,
                "Jawline filler looks good in profile, less so from the front",
                " From the side it looks sharp, but from the front my face looks a little wider than I'd like.",
            ),
            (
                N,
                "Jawline filler just made my jaw look wider",
                " Once it settled my face looked heavier rather than more defined. I'm letting it fade rather than adding more.",
            ),
        ),
    ),
    "kybella": (
        (
            " Two sessions eight weeks apart, two vials each time, under the chin.",
            " The area was marked with a grid and the injections were quick, but the burning afterwards was "
            "intense for about twenty minutes.",
        ),
        (
            " The swelling was dramatic: a real 'bullfrog' neck for about a week after each session, and numb "
            "skin for a month.",
            " I worked from home for a week after each session; the swelling took about ten days to go.",
        ),
        (
            (W, "Double chin gone after two rounds of Kybella", ""),
            (
                S,
                "Kybella helped, but the swelling was brutal",
                " There is less under my chin now, but I wasn't prepared for how swollen and numb I'd be after each round.",
            ),
            (
                N,
                "Four vials of Kybella and barely any change",
                " I can barely see a difference in photos, and I'm told I'd need more rounds. I'm not continuing.",
            ),
        ),
    ),
    "sculptra": (
        (
            " Three sessions six weeks apart in the temples and cheeks, with massage at home for five days after each.",
            " I was told clearly that nothing would show for months, and that was true.",
        ),
        (
            " Swollen for a day after each session, and then it went down and looked like nothing had been "
            "done, which was expected.",
            " A day or two of swelling, then back to normal until the slow change started.",
        ),
        (
            (W, "Sculptra was slow, and worth the wait", ""),
            (
                S,
                "Sculptra: subtle, slow and expensive",
                " At five months my face looks a bit fuller in photos, but it's so gradual that I'm not sure it was worth the cost.",
            ),
            (
                N,
                "Three vials of Sculptra and I can't see a thing",
                " Even six months after the last session, I can't see a difference in my photos. Some people must respond well, but I didn't.",
            ),
        ),
    ),
    "masseter-botox": (
        (
            " Toxin in both jaw muscles for clenching; the dose was adjusted to how strongly I clenched when "
            "asked to bite down.",
            " I had it for grinding pain, and the slimmer jaw was a bonus.",
        ),
        (
            " No downtime. Chewing steak felt tiring for the first three weeks.",
            " Nothing visible afterwards; the morning jaw pain eased within ten days.",
        ),
        (
            (W, "No more jaw pain in the mornings", ""),
            (W, "Masseter Botox stopped my clenching headaches", ""),
            (
                S,
                "Helped my grinding, but chewing felt weak for weeks",
                " My morning jaw pain is much better, but chewing tough food was tiring for the first month, which I hadn't expected.",
            ),
            (
                N,
                "My smile looked uneven after masseter Botox",
                " A few weeks in, one side of my smile looked flatter than the other. It wore off after about three months, but I won't repeat it.",
            ),
        ),
    ),
    "lip-flip": (
        (
            " Four units along the upper lip, done alongside my usual forehead Botox.",
            " A tiny dose; it took two minutes.",
        ),
        (
            " No downtime, but drinking through a straw felt odd for about ten days.",
            " Nothing to recover from; the effect showed after about a week.",
        ),
        (
            (W, "The lip flip that made my upper lip show", ""),
            (
                S,
                "Cute lip flip, but gone in seven weeks",
                " I liked how my upper lip showed more when I smiled, but it was gone within seven weeks. Fun, but short.",
            ),
            (
                N,
                "Couldn't say my p's properly after a lip flip",
                " For three weeks my upper lip felt lazy: drinking through a straw and saying 'p' were awkward. Not worth it for such a small change.",
            ),
        ),
    ),
    "dysport": (
        (
            " Dysport in the frown lines and crow's feet; the units were higher than Botox but the total price "
            "was the same.",
            " I switched from Botox, and the injector matched my usual dose and explained the conversion.",
        ),
        (
            " No downtime; it kicked in on day two, a little faster than Botox does for me.",
            " Small bumps for an hour, nothing after that.",
        ),
        (
            (W, "Dysport works a bit faster for me than Botox", ""),
            (
                S,
                "Dysport was fine, no better than Botox",
                " It worked and looked natural, but it lasted about the same as Botox for me, so I'll go with whichever is cheaper.",
            ),
            (
                N,
                "Dysport wore off in eight weeks for me",
                " By eight weeks my frown lines were back, much sooner than Botox lasts for me. I've gone back to Botox.",
            ),
        ),
    ),
    "radiesse": (
        (
            " One syringe in the backs of my hands, diluted and massaged in straight away.",
            " Radiesse along the jawline to add a bit of structure.",
        ),
        (
            " Swollen hands for three days, so typing felt clumsy; a couple of small lumps settled after massage.",
            " Tender for a few days, with one small bruise.",
        ),
        (
            (W, "My hands no longer look older than my face", ""),
            (
                S,
                "Radiesse in my hands: good, but lumpy at first",
                " My hands look smoother, but a couple of small bumps took a month to soften, which worried me.",
            ),
            (
                N,
                "Expensive Radiesse that I could barely see after a year",
                " It looked good at first, but I could barely see it a year later, and at that price I expected more.",
            ),
        ),
    ),
    "chin-filler": (
        (
            " One syringe to bring my chin forward a few millimetres.",
            " We took side photos before and after, so I could see the change in profile.",
        ),
        (
            " Sore for two days and a small bruise under the chin.",
            " Mild swelling for a day, nothing else.",
        ),
        (
            (W, "One syringe of chin filler fixed my profile", ""),
            (
                S,
                "Chin filler looks good, but I may need an implant",
                " It's an improvement in profile, but I'd need a lot more filler to get where I want, so I'm now considering an implant.",
            ),
            (
                N,
                "Chin filler spread and made my chin look heavy",
                " Over a few weeks it seemed to spread sideways, and my chin looked wider and heavier rather than more defined.",
            ),
        ),
    ),
    "sclerotherapy": (
        (
            " Three sessions a month apart on the spider veins on my thighs and behind the knees.",
            " Each session was about thirty minutes of tiny injections.",
        ),
        (
            " I wore compression stockings for two weeks after each session, with bruising along the veins for "
            "a few weeks.",
            " Walking straight after, as instructed; the bruises took about three weeks to fade.",
        ),
        (
            (W, "Happy to wear shorts again", ""),
            (
                S,
                "Most veins gone, but new ones keep appearing",
                " The treated veins are gone, but new ones have appeared nearby, and I was told to expect touch-ups every year or two.",
            ),
            (
                N,
                "Brown marks where my veins used to be",
                " The veins faded, but brown staining stayed along where they were, months later. I'm told it should fade with time; it hasn't yet.",
            ),
        ),
    ),
    "fraxel-laser": (
        (
            " Four sessions six weeks apart for acne scars on my cheeks, at settings chosen for my skin type.",
            " A test spot first, then the full face under numbing cream.",
        ),
        (
            " Red and swollen for three days, then a week of dry, flaking skin that I covered with mineral make-up.",
            " My face felt sunburnt for two days and was rough for a week after each session.",
        ),
        (
            (W, "My acne scars are half what they were", ""),
            (W, "Smoother skin after four Fraxel sessions", ""),
            (
                S,
                "Fraxel improved my texture, not my deep scars",
                " My skin is smoother overall, but my deepest scars look much the same. I'd have liked to know that before paying for the series.",
            ),
            (
                N,
                "Dark patches after Fraxel that took months to fade",
                " Afterwards I developed dark patches that took four months and a prescription cream to fade.",
            ),
        ),
    ),
    "co2-laser-resurfacing": (
        (
            " A single fractional CO2 treatment of the whole face under numbing injections and light sedation.",
            " CO2 around the mouth and eyes, with a lighter pass on the cheeks.",
        ),
        (
            " The first week was hard: raw, oozing skin, vinegar soaks and ointment, and I didn't leave the "
            "house. Pink for about six weeks afterwards.",
            " Ten days before I could wear make-up, and pink skin for about two months.",
        ),
        (
            (W, "CO2 took ten years off my skin", ""),
            (
                S,
                "CO2 worked, but the recovery was rough",
                " The result is good, but the first week was harder than I was prepared for and the pinkness lasted longer than I'd been told.",
            ),
            (
                N,
                "Two months of pink skin for a modest change",
                " After two months of pink skin and a lot of make-up, the improvement in my lines is modest. I wouldn't put myself through it again.",
            ),
        ),
    ),
    "ipl-photofacial": (
        (
            " Three IPL sessions a month apart for brown spots and redness on my cheeks.",
            " Each session took twenty minutes with cold gel; the flashes feel like a rubber band snap.",
        ),
        (
            " The spots went darker and flaked off within a week; a little redness for a day.",
            " Pink for an afternoon; the brown spots looked like coffee grounds for a week, then flaked off.",
        ),
        (
            (W, "Sun spots gone after three IPL sessions", ""),
            (
                S,
                "IPL helped my redness, but it crept back",
                " My redness was much better for a few months, but it has crept back, and I'm told I'd need maintenance sessions.",
            ),
            (
                N,
                "IPL left me with a burn stripe on my cheek",
                " One pass left a faint stripe on my cheek that took three months to fade. The clinic was responsive, but it put me off.",
            ),
        ),
    ),
    "laser-hair-removal": (
        (
            " Seven sessions on the underarms and bikini line, six weeks apart.",
            " The clinic used an Nd:YAG laser suitable for my darker skin, and did a test patch first.",
        ),
        (
            " A bit of redness and bumps for a few hours after each session.",
            " Nothing to recover from; the treated hairs fell out over two weeks.",
        ),
        (
            (W, "No more ingrown hairs after seven sessions", ""),
            (W, "Best money I have spent on my skin", ""),
            (
                S,
                "Laser hair removal worked, but I still need touch-ups",
                " Most of the hair is gone, but some grows back and I need a touch-up session every few months.",
            ),
            (
                N,
                "Seven sessions and the hair is still growing back",
                " The hair is finer but still there, and I'm still shaving. I expected much more for the price.",
            ),
        ),
    ),
    "morpheus8": (
        (
            " Three sessions of radiofrequency microneedling on the lower face and neck, six weeks apart.",
            " Numbing cream for an hour beforehand; the deeper passes along the jaw were the uncomfortable part.",
        ),
        (
            " Red and puffy for two days, with a grid of tiny dots that lasted about five days.",
            " Swollen for two days after each session; I planned them before weekends.",
        ),
        (
            (W, "Firmer skin along my jaw after three sessions", ""),
            (
                S,
                "Morpheus8 helped my texture, not the sagging",
                " My skin feels smoother and firmer, but the sagging along my jaw hasn't really changed.",
            ),
            (
                N,
                "Painful and pricey for very little change",
                " It hurt more than I expected even with numbing, and three sessions later I can see very little change.",
            ),
        ),
    ),
    "ultherapy": (
        (
            " One full-face and neck treatment, about ninety minutes.",
            " I took the painkillers offered beforehand; the zaps over the jaw bone were sharp.",
        ),
        (
            " Tender along the jaw for a few days and a little swollen; no visible marks.",
            " Back to normal the next day, apart from some tenderness when I touched my jaw.",
        ),
        (
            (W, "A subtle lift that people noticed", ""),
            (
                S,
                "Ultherapy: slight lift, big price",
                " At four months there's a slight lift along my jaw, but for what it cost I expected to see more.",
            ),
            (
                N,
                "Ultherapy did nothing I could see",
                " Months later I can't see any difference in my photos, and the treatment itself was very uncomfortable.",
            ),
        ),
    ),
    "coolsculpting": (
        (
            " Two cycles on my lower abdomen and one on each flank.",
            " The applicator was fitted carefully and the session took a little over an hour per cycle.",
        ),
        (
            " Numb and achy for about three weeks, with some swelling; I worked the next day.",
            " Sore and tingly for a couple of weeks, nothing that stopped me going to work.",
        ),
        (
            (W, "CoolSculpting took care of my lower belly pooch", ""),
            (
                S,
                "CoolSculpting worked a little, I wanted more",
                " There's a small reduction in my lower belly, but I'd need another round for what I wanted, and that doubles the cost.",
            ),
            (
                N,
                "CoolSculpting left me with a hard bulge",
                " A few months later the treated area became a firm bulge instead of shrinking. I'm now seeing a surgeon about it.",
            ),
        ),
    ),
    "tattoo-removal": (
        (
            " Sessions with a picosecond laser on a black tattoo on my wrist, eight weeks apart.",
            " Numbing cream and cold air; each session only takes a few minutes.",
        ),
        (
            " Blisters and scabs for about ten days after each session; I kept it covered and didn't pick.",
            " White frosting, then scabs for a week each time.",
        ),
        (
            (W, "My old tattoo is almost gone", ""),
            (
                S,
                "Tattoo removal is slow, and a ghost is still there",
                " It's much lighter, but there's still a faint ghost of the design after all these sessions.",
            ),
            (
                N,
                "Twelve sessions and my tattoo is still visible",
                " The tattoo is still visible from across a room, and the texture of the skin has changed a little.",
            ),
        ),
    ),
    "thermage": (
        (
            " One Thermage treatment on the face and under the chin.",
            " Each pulse is a deep heat for a second; it was bearable with the cooling.",
        ),
        (
            " Red for a few hours, then nothing.",
            " Slightly swollen that evening and normal the next morning.",
        ),
        (
            (W, "Thermage tightened my skin more than I expected", ""),
            (
                S,
                "Thermage: a small improvement for the price",
                " My skin looks a little tighter, but the change is small for the price.",
            ),
            (N, "No visible change from Thermage", " Months on, neither I nor anyone else can see a difference."),
        ),
    ),
    "emsculpt": (
        (
            " Four sessions on the abdomen over two weeks, thirty minutes each.",
            " The machine makes your muscles contract hard; odd, but not painful.",
        ),
        (
            " Sore abs like after a hard workout for a day or two.",
            " No downtime, just aching muscles the next day.",
        ),
        (
            (W, "Emsculpt gave me back some definition after my pregnancy", ""),
            (
                S,
                "Emsculpt: some tone, but I'd have to keep going",
                " My abs feel firmer, but I'm told I'd need maintenance sessions to keep it, and that adds up.",
            ),
            (
                N,
                "Emsculpt is an expensive workout",
                " Honestly, I saw no more change than from a few weeks of training. I wouldn't pay for it again.",
            ),
        ),
    ),
    "clear-brilliant": (
        (
            " Five sessions, a month apart, for tone and early sun damage.",
            " Numbing cream for half an hour, then about fifteen minutes of laser.",
        ),
        (
            " Red for the evening and rough for two days, then a nice glow.",
            " A sandpaper feel for a couple of days; no real downtime.",
        ),
        (
            (W, "The glow is real after Clear + Brilliant", ""),
            (
                S,
                "Clear + Brilliant is nice, not dramatic",
                " My skin has a nice glow, but the change is subtle and I'd need to keep going to keep it.",
            ),
            (
                N,
                "Clear + Brilliant did nothing for my fine lines",
                " My skin looked fresher for a week after each session, but my fine lines haven't changed.",
            ),
        ),
    ),
    "rhinoplasty": (
        (
            " An open rhinoplasty to remove a bump and refine the tip, with septum work for my breathing.",
            " My surgeon showed me simulations of a conservative and a stronger change, and we chose the "
            "conservative one.",
        ),
        (
            " A week in a splint, two weeks of bruising, and I was back at work after ten days. The tip was "
            "still swollen at six months.",
            " The first week was stuffy and miserable; the bruising was gone at two weeks, but the swelling "
            "took months to settle.",
        ),
        (
            (W, "I breathe better and love my profile", ""),
            (W, "My nose finally fits my face", ""),
            (
                S,
                "Better nose, but the tip is still wide at a year",
                " The bump is gone and I breathe better, but the tip is still wider than I hoped. My surgeon says it may refine further.",
            ),
            (
                N,
                "Needed a revision after my rhinoplasty",
                " Once the swelling settled, my nose was crooked and my breathing was worse. I'm waiting until I'm a year out to have a revision.",
            ),
        ),
    ),
    "facelift": (
        (
            " A deep plane facelift with a neck lift, under general anaesthesia, with one night in the "
            "surgical centre.",
            " My surgeon spent a long time on where the scars would go around my ears.",
        ),
        (
            " Two weeks before I'd let anyone see me and three weeks before I felt presentable. The numbness "
            "in front of my ears lasted about four months.",
            " Very swollen for the first two weeks, bruising down the neck, tightness for six weeks.",
        ),
        (
            (W, "My facelift looks natural, not pulled", ""),
            (W, "Worth it: my neck and jawline are back", ""),
            (
                S,
                "Good facelift, but the recovery was longer than I was told",
                " The result is good, but I needed four weeks rather than two before I felt presentable, and the numbness lasted months.",
            ),
            (
                N,
                "My earlobes look pulled after my facelift",
                " My jawline is better, but my earlobes look pulled down and the scars in front of my ears are visible. I'm seeing my surgeon about it.",
            ),
        ),
    ),
    "blepharoplasty": (
        (
            " Upper eyelid surgery under local anaesthetic with light sedation; about an hour.",
            " Upper and lower eyelids; the lower fat was repositioned from inside the lid, so no lower scar.",
        ),
        (
            " Bruising for about two weeks and stitches out on day six. My eyes felt dry for a month.",
            " Swollen and bruised for ten days; I wore sunglasses for two weeks and was back at work in twelve days.",
        ),
        (
            (W, "I can see again without lifting my eyelids", ""),
            (W, "No more hooded lids smudging my make-up", ""),
            (
                S,
                "My eyelids are better, my eyes felt dry for months",
                " My lids look great, but my eyes were dry and gritty for three months, which I wasn't really warned about.",
            ),
            (
                N,
                "One eye looks different after my eyelid surgery",
                " Months later, one eye still looks more open than the other. My surgeon has suggested waiting before a small correction.",
            ),
        ),
    ),
    "breast-augmentation": (
        (
            " Round silicone implants under the muscle through an incision in the fold.",
            " We chose the size by measurements and sizers in a bra, not by cup size.",
        ),
        (
            " Sore and tight for the first week, a week off my desk job, and no lifting for six weeks. The "
            "implants took three months to drop.",
            " The first four days were painful; back at work after a week, and no gym for six weeks.",
        ),
        (
            (W, "I finally feel proportional", ""),
            (W, "Breast augmentation: best decision I've made", ""),
            (
                S,
                "Nice result, but I wish I'd gone a size smaller",
                " They look good, but they're bigger than I wanted in everyday clothes. I wish I'd trusted my instinct about size.",
            ),
            (
                N,
                "Capsular contracture a year after my augmentation",
                " A year later one breast became firm and sat higher than the other. I needed another operation to fix it.",
            ),
        ),
    ),
    "tummy-tuck": (
        (
            " A full tummy tuck with muscle repair after two pregnancies, with drains for a week.",
            " My surgeon repaired a wide muscle separation and removed the loose skin below my belly button.",
        ),
        (
            " Two weeks off work, walking bent over for the first week, and no lifting for six weeks. I had "
            "the drains out on day eight.",
            " The first week was the hardest recovery of my life; by week three I was walking normally, and "
            "the scar faded over a year.",
        ),
        (
            (W, "My core works again after two babies", ""),
            (W, "Hard recovery, and worth it", ""),
            (
                S,
                "Flat stomach, but the scar healed badly",
                " My stomach is flat and my core works better, but the scar has healed thick and raised in places.",
            ),
            (
                N,
                "Seroma after seroma after my tummy tuck",
                " Fluid kept building up and had to be drained five times over two months. The result is fine now, but the recovery was miserable.",
            ),
        ),
    ),
    "liposuction": (
        (
            " Liposuction of the abdomen and flanks under general anaesthesia, as an outpatient.",
            " My surgeon marked the areas standing up and was clear that this wasn't weight loss.",
        ),
        (
            " Bruised and sore for ten days, a compression garment for six weeks; back at work after a week.",
            " A week off work, swelling for about three months, and hard lumpy areas that softened with massage.",
        ),
        (
            (W, "My love handles are finally gone", ""),
            (
                S,
                "Liposuction worked, but the swelling took months",
                " The shape is better, but it took nearly six months for the swelling to go and the final result to show.",
            ),
            (
                N,
                "Lumpy skin after liposuction",
                " Months later my skin is still uneven and lumpy in places. My surgeon says it may improve, but I'm unhappy.",
            ),
        ),
    ),
    "brazilian-butt-lift": (
        (
            " Fat taken from my flanks and back and placed above the muscle only, under ultrasound.",
            " My surgeon went through the safety guidance with me before I booked, which is why I chose them.",
        ),
        (
            " Two weeks off work and no sitting directly on my buttocks for three weeks; the flanks were the "
            "sore part.",
            " Compression for six weeks and a special pillow for sitting; I lost some volume in the first two "
            "months, as I was told I would.",
        ),
        (
            (W, "A careful surgeon and a natural BBL", ""),
            (
                S,
                "My BBL lost more volume than I hoped",
                " The shape is nice, but I lost more of the volume than I'd hoped in the first months.",
            ),
            (
                N,
                "BBL recovery was far harder than I was told",
                " Weeks of not sitting and sore flanks were much harder than described, and I'm only lukewarm about the result.",
            ),
        ),
    ),
    "neck-lift": (
        (
            " A neck lift with muscle tightening through a small incision under the chin and behind the ears.",
            " Under sedation; my surgeon also removed a little fat under the chin.",
        ),
        (
            " Tight and swollen for two weeks; I wore a compression strap at night for three weeks.",
            " Ten days before I went out, and some numbness under the jaw for a couple of months.",
        ),
        (
            (W, "My neck looks ten years younger", ""),
            (
                S,
                "Better neck, but the bands came back a little",
                " My neck is much smoother, but one of the bands has come back a little when I talk.",
            ),
            (
                N,
                "Visible scars behind my ears after a neck lift",
                " The scars behind my ears healed wide and I can't wear my hair up without them showing.",
            ),
        ),
    ),
    "brow-lift": (
        (
            " An endoscopic brow lift through small incisions in the hairline.",
            " A brow lift combined with a small upper eyelid skin removal, under general anaesthesia.",
        ),
        (
            " Swelling and bruising that drifted down to my eyes for about ten days; my scalp was numb for months.",
            " Headache-like tightness for a week and back at work in two weeks.",
        ),
        (
            (W, "I no longer look angry and tired", ""),
            (
                S,
                "My brow lift looks good, but my scalp still itches",
                " The result looks good, but months later part of my scalp is still numb and itchy.",
            ),
            (
                N,
                "My brows look surprised after my brow lift",
                " My brows sit too high, especially the inner ends, and I look surprised in photos.",
            ),
        ),
    ),
    "otoplasty": (
        (
            " Ear pinning on both ears under local anaesthetic, about two hours.",
            " The cartilage was reshaped and stitched behind the ears; no visible scars from the front.",
        ),
        (
            " A head bandage for three days, then a headband at night for six weeks; sore for about a week.",
            " Throbbing ears for four days and a headband at night for six weeks.",
        ),
        (
            (W, "I can finally wear my hair up", ""),
            (
                S,
                "My ears are better, but one sits slightly out",
                " Both ears are much closer to my head, but one has moved out slightly over the first months.",
            ),
            (
                N,
                "One ear relapsed after my otoplasty",
                " Within four months one ear had moved back out, and I needed a second procedure to fix it.",
            ),
        ),
    ),
    "breast-lift": (
        (
            " A lollipop breast lift without implants after breastfeeding three children.",
            " An anchor lift, which my surgeon explained I needed because of how much skin there was.",
        ),
        (
            " A surgical bra for six weeks and ten days off work. Less painful than I feared.",
            " Two weeks off work and no exercise for six weeks; the scars were red for months.",
        ),
        (
            (W, "My breasts sit where they used to", ""),
            (
                S,
                "Better shape, but the scars are wider than I hoped",
                " The shape is much better, but the vertical scars have stretched and are wider than I'd hoped.",
            ),
            (
                N,
                "My breast lift dropped again within a year",
                " Within a year they had dropped again noticeably, and I'm being told a second lift would be needed.",
            ),
        ),
    ),
    "breast-reduction": (
        (
            " A breast reduction from a G cup to a C, partly covered by insurance after physiotherapy records.",
            " A reduction with an anchor incision, keeping the nipple attached to the tissue beneath.",
        ),
        (
            " Two weeks off work, and no lifting for six weeks. My back pain was better within days.",
            " Sore for a week, then a steady recovery; I was back at the gym at seven weeks.",
        ),
        (
            (W, "No more back pain or bra grooves", ""),
            (W, "Should have had my reduction ten years ago", ""),
            (
                S,
                "Great for my back, but one side is larger",
                " The relief is real, but one breast is noticeably larger than the other, which my surgeon says can be corrected later.",
            ),
            (
                N,
                "Breast reduction scars that won't fade",
                " My back feels better, but the scars are thick and dark a year on, and I feel self-conscious about them.",
            ),
        ),
    ),
    "chin-implant": (
        (
            " A small silicone chin implant through an incision under the chin, at the same time as a rhinoplasty.",
            " A chin implant on its own, under local anaesthetic with sedation.",
        ),
        (
            " Tight and swollen for a week; smiling felt stiff for about three weeks.",
            " A tape dressing for five days and stiffness when chewing for two weeks.",
        ),
        (
            (W, "My profile finally looks balanced", ""),
            (
                S,
                "Chin implant looks good, but feels strange",
                " My profile looks better, but the implant still feels odd when I touch my chin, months later.",
            ),
            (
                N,
                "My chin implant shifted and had to be redone",
                " A few months later it had shifted to one side and I needed a second operation to reposition it.",
            ),
        ),
    ),
    "chemical-peel": (
        (
            " A series of three light glycolic peels, a month apart.",
            " One medium-depth TCA peel after four weeks of preparing my skin at home.",
        ),
        (
            " Light flaking for three days after each peel; I wore make-up the next day.",
            " Brown, tight skin that peeled in sheets from day three to day seven; I stayed home that week.",
        ),
        (
            (W, "Brighter, smoother skin after my peels", ""),
            (
                S,
                "A nice peel, but my melasma came back",
                " My skin was brighter for a couple of months, but my melasma came back with the summer.",
            ),
            (
                N,
                "My chemical peel made my pigmentation worse",
                " A few weeks later my dark patches were darker than before the peel, and it took months of cream to settle.",
            ),
        ),
    ),
    "microneedling": (
        (
            " Four sessions, six weeks apart, for acne scars on my cheeks.",
            " Microneedling with a pen device under numbing cream, about forty-five minutes.",
        ),
        (
            " Red like a sunburn for a day, then dry for two days.",
            " Pink and tight for two days after each session; make-up from day two.",
        ),
        (
            (W, "My acne scars are finally fading", ""),
            (
                S,
                "Microneedling helped my texture a little",
                " My skin feels smoother, but the scars are only slightly better.",
            ),
            (N, "Four microneedling sessions and little change", " I can barely see a change in my scars in photos."),
        ),
    ),
    "hydrafacial": (
        (
            " A Hydrafacial with extractions and an LED finish, about forty-five minutes.",
            " My first Hydrafacial, booked a week before a wedding.",
        ),
        (
            " No downtime; I went straight back to work glowing.",
            " A little pink for an hour, then nothing.",
        ),
        (
            (W, "The glow lasted a week", ""),
            (
                S,
                "Nice, relaxing, but the glow fades fast",
                " My skin glowed for a few days, then it was back to normal. A lovely treat, not a treatment.",
            ),
            (N, "Hydrafacial broke me out", " Two days later I had a breakout on my chin that took a week to clear."),
        ),
    ),
    "tretinoin": (
        (
            " Tretinoin 0.025% prescribed by a dermatologist, every third night at first, then nightly.",
            " Tretinoin for acne and early lines, with a plain moisturiser and sunscreen every morning.",
        ),
        (
            " The first six weeks were dry and flaky, with a few breakouts; after that my skin adjusted.",
            " Peeling around my nose and mouth for a month, which eased when I went every other night.",
        ),
        (
            (W, "Tretinoin cleared my acne and my skin looks better at 35 than at 25", ""),
            (W, "The best thing I've done for my skin", ""),
            (
                S,
                "Tretinoin works, but the dryness is a lot",
                " My skin is clearer, but I still fight dryness and flaking, especially in winter.",
            ),
            (
                N,
                "Tretinoin irritated my skin for months",
                " Even going slowly, my skin stayed red, flaky and stinging for three months, so I stopped.",
            ),
        ),
    ),
    "microdermabrasion": (
        (
            " A series of five microdermabrasion sessions, every three weeks.",
            " A quick session with a diamond-tip wand, about thirty minutes.",
        ),
        (
            " No downtime; a little pink for an hour.",
            " Slightly pink that evening, fine the next morning.",
        ),
        (
            (W, "Smoother skin after microdermabrasion", ""),
            (
                S,
                "Microdermabrasion is nice, but it doesn't last",
                " My skin feels smoother for a week or two, then it's back to how it was.",
            ),
            (N, "Microdermabrasion did nothing for my pores", " My pores look exactly the same as before."),
        ),
    ),
    "prp-facial": (
        (
            " Three PRP facials a month apart: a blood draw, then microneedling with my own plasma.",
            " A PRP facial for acne scars and texture, under numbing cream.",
        ),
        (
            " Red for two days, then dry for another two.",
            " Pink and a bit swollen for two days after each session.",
        ),
        (
            (W, "My skin looks healthier after PRP", ""),
            (
                S,
                "PRP facial: not sure it beat plain microneedling",
                " My skin looks a bit better, but I can't tell whether the PRP added anything to the microneedling.",
            ),
            (
                N,
                "Paid extra for PRP and saw nothing extra",
                " I see very little change, and the blood draws made each visit longer.",
            ),
        ),
    ),
    "dermaplaning": (
        (
            " A dermaplaning session with a light enzyme mask, about thirty minutes.",
            " Dermaplaning every month for three months.",
        ),
        (
            " No downtime at all; make-up went on beautifully the next day.",
            " Nothing to recover from; a little tightness that evening.",
        ),
        (
            (W, "Make-up sits so much better after dermaplaning", ""),
            (
                S,
                "Dermaplaning is nice, not life-changing",
                " My make-up goes on more smoothly for a couple of weeks, but that's about it.",
            ),
            (N, "Dermaplaning gave me a breakout", " My skin broke out two days later and took a week to settle."),
        ),
    ),
    "led-light-therapy": (
        (
            " Eight blue and red light sessions, twice a week, for mild acne.",
            " LED sessions added on to my facials for a month.",
        ),
        (
            " No downtime; it's just lying under a warm light.",
            " Nothing to recover from.",
        ),
        (
            (W, "LED calmed my breakouts", ""),
            (
                S,
                "LED therapy: relaxing, modest results",
                " My breakouts are a little calmer, but it's hard to say whether that's the light or my new skin care.",
            ),
            (
                N,
                "Eight LED sessions and my acne is the same",
                " My acne looks the same as before. I should have gone to a dermatologist first.",
            ),
        ),
    ),
    "porcelain-veneers": (
        (
            " Six porcelain veneers on my upper front teeth, with a mock-up first so I could see the shape.",
            " Eight veneers with minimal preparation, after whitening my lower teeth to match.",
        ),
        (
            " Temporaries for two weeks, then sensitive teeth for about a week after bonding.",
            " Two visits three weeks apart; my teeth were sensitive to cold for a few days.",
        ),
        (
            (W, "I smile in photos again", ""),
            (W, "Natural-looking veneers, not a Hollywood smile", ""),
            (
                S,
                "Nice veneers, but the colour is a shade too white",
                " They look good, but the colour is a shade brighter than my other teeth, which I notice in photos.",
            ),
            (
                N,
                "My veneers chipped within a year",
                " Within a year two of them had chipped, and the repairs weren't fully covered.",
            ),
        ),
    ),
    "teeth-whitening": (
        (
            " In-office whitening followed by two weeks of trays at home.",
            " Custom trays from my dentist and two weeks of gel at home.",
        ),
        (
            " My teeth were sensitive for three days; cold drinks zinged.",
            " Some sensitivity on day two and three, nothing after that.",
        ),
        (
            (W, "Four shades whiter and no damage", ""),
            (
                S,
                "Whiter teeth, but the sensitivity was rough",
                " My teeth are whiter, but the sensitivity in the first week made me want to stop.",
            ),
            (N, "Whitening barely changed the colour", " After all that, my teeth are barely a shade lighter."),
        ),
    ),
    "invisalign": (
        (
            " Fourteen months of aligners for crowding on my lower teeth and a gap at the top.",
            " Twenty-two sets of aligners over ten months, with small attachments bonded to some teeth.",
        ),
        (
            " Each new set ached for a day or two, and I had a lisp for the first week.",
            " Sore teeth with each new aligner, and I had to get used to taking them out to eat.",
        ),
        (
            (W, "Straight teeth at 40 without metal braces", ""),
            (
                S,
                "Invisalign worked, but took longer than promised",
                " My teeth are straight now, but it took six months longer than planned, with extra aligners.",
            ),
            (
                N,
                "My teeth moved back after Invisalign",
                " A year after finishing, my bottom teeth have started to crowd again, even though I wear my retainer most nights.",
            ),
        ),
    ),
    "dental-bonding": (
        (
            " Bonding on two chipped front teeth in one visit, about an hour.",
            " Bonding to close a small gap between my front teeth.",
        ),
        (
            " No recovery at all; I ate lunch straight after.",
            " Nothing to recover from, though the edges felt rough until I went back for a polish.",
        ),
        (
            (W, "My chipped teeth fixed in one visit", ""),
            (
                S,
                "Bonding looks good, but it stains",
                " It looked perfect at first, but it has picked up stains from coffee and needs polishing.",
            ),
            (
                N,
                "My bonding chipped again in six months",
                " Six months later one edge chipped again, and I'm told I may need a veneer.",
            ),
        ),
    ),
    "gum-contouring": (
        (
            " Laser gum contouring on my upper front teeth to even out a gummy smile.",
            " Gum contouring with a little bone reshaping, under local anaesthetic.",
        ),
        (
            " Tender gums and soft food for four days.",
            " Sore for about a week; the gums looked fully healed at three weeks.",
        ),
        (
            (W, "My teeth finally look their real length", ""),
            (
                S,
                "Gum contouring helped, but I still show gum",
                " My teeth look longer, but I still show more gum than I'd like when I laugh.",
            ),
            (
                N,
                "Painful gum contouring and an uneven gum line",
                " It was sore for longer than I was told, and the gum line healed slightly uneven.",
            ),
        ),
    ),
}

# For a treatment the demo catalogue doesn't know (tests seed their own).
GENERIC_DETAILS = (
    (" The treatment itself was quicker than I expected, and every step was explained.",),
    (" The recovery was about what I was told, and I was back to normal sooner than I feared.",),
    (),
)

# Titles after a treatment's own, by verdict: {t} is the treatment, as in "My {t} experience".
# For a treatment the demo catalogue doesn't know (tests seed their own).
GENERIC_DETAILS = (
    (" The treatment itself was quicker than I expected, and every step was explained.",),
    (" The recovery was about what I was told, and I was back to normal sooner than I feared.",),
    (),
)

# Titles after a treatment's own, by verdict: {t} is the treatment without an article ("my tummy tuck"),
# {at} with one ("before a tummy tuck"), {T} at the start of the title.
TITLE_TEMPLATES = {
    W: (
        "Natural result from my {t}",
        "Nervous about {at}, thrilled with the result",
        "Would have {at} again tomorrow",
        "{T}: worth every cent",
        "Careful doctor, great {t} result",
        "Exactly the {t} result we discussed",
    ),
    S: (
        "Mixed feelings about my {t}",
        "{T}: good, but I expected more",
        "{T}: some improvement, less than I hoped",
        "Too early to judge my {t}",
        "Fine {t} result, questionable value",
    ),
    N: (
        "Regret my {t}",
        "{T}: not worth the money for me",
        "Disappointed with my {t}",
        "Would not have {at} again",
        "Do your research before {at}",
    ),
}
# When those run out (large seeds): the patient's age makes the title their own.
AGE_TITLES = {
    W: ("{T} at {age}: worth it", "{T} at {age}, no regrets", "Glad I had {at} at {age}"),
    S: ("{T} at {age}: on the fence", "{T} at {age}: fine, not amazing"),
    N: ("{T} at {age}: not for me", "{T} at {age}: I wouldn't repeat it"),
}

OPENINGS = {
    "injectables": (
        "I'd been thinking about {at} for about a year before I booked a consultation.",
        "I'm in my {age}s and wanted a subtle change rather than a dramatic one.",
        "After reading a lot of reviews on here, I finally booked {at}.",
        "My biggest fear was looking overdone; I've seen too many bad results.",
    ),
    "lasers": (
        "I'd been thinking about {at} for a long time before booking a consultation.",
        "I'm in my {age}s and wanted to deal with this properly this time.",
        "A friend recommended the clinic, and I compared three quotes before choosing {at}.",
        "I read a lot about {at} on here before booking.",
    ),
    "surgery": (
        "I thought about {at} for several years and saw three surgeons before choosing mine.",
        "I'm in my {age}s and had thought about this for a long time.",
        "I saved up for two years for {at}, so I took my time choosing a surgeon.",
        "I was very nervous about surgery, so I asked a lot of questions at my consultations.",
    ),
    "skin_care": (
        "My skin had looked dull and uneven for a while, so I decided to try {at}.",
        "I'm in my {age}s and wanted to do something for my skin beyond my usual routine.",
        "My dermatologist suggested {at}, and I decided to give it a go.",
        "I was curious about {at} after reading about it on here.",
    ),
    "dental": (
        "I'd been hiding my smile in photos for years before I looked into {at}.",
        "I'm in my {age}s and finally decided to do something about my teeth.",
        "My dentist talked me through the options, and we settled on {at}.",
        "I compared a few dentists and chose the one who suggested the least invasive option.",
    ),
}
CONSULTATIONS = (
    " The consultation was unhurried: we talked through what was realistic, the risks and the aftercare, and I "
    "never felt pushed.",
    " Pricing was explained upfront and in writing, including what a follow-up would cost.",
    " I was given written aftercare instructions and a number to call, which I used once; they called back the "
    "same evening.",
)
# Endings by category and verdict; {months} and {weeks} are the time since the treatment.
ENDINGS = {
    "surgery": {
        W: (
            " {months} months on, the swelling has gone and I'm really happy. I would do it again.",
            " The result looks natural and exactly like what we discussed. For me it was worth the cost and the "
            "recovery.",
            " The recovery was hard, but at {months} months I can say it was worth it.",
        ),
        S: (
            " {months} months on, there's an improvement, but not as much as I hoped. I'll update once it has "
            "fully settled.",
            " The result is fine, but I'm not sure it justified the cost and the time off.",
            " Some days I love it, some days I focus on what isn't quite right.",
        ),
        N: (
            " {months} months on, I'm unhappy with the result and I'm talking to my surgeon about a revision.",
            " The result isn't what we discussed, and a revision means another recovery. I wouldn't do it again.",
            " For the cost and the recovery, I expected much more.",
        ),
    },
    "dental": {
        W: (
            " {weeks} weeks on, I can't stop smiling in photos. Worth it.",
            " The result looks natural, exactly what we planned.",
            " I'd recommend my dentist to anyone who wants a careful, honest plan.",
        ),
        S: (
            " It looks good, but I'm not sure it was worth the cost.",
            " It's an improvement, but not quite the result I pictured.",
            " Happy with how it looks, less happy with the upkeep.",
        ),
        N: (
            " I'm disappointed, and I've already had to go back.",
            " For the money, I expected a much better result.",
            " It didn't hold up, and I wouldn't do it again.",
        ),
    },
    "other": {
        W: (
            " {weeks} weeks on, I'm really happy with it, and I'd do it again.",
            " The result is exactly what we discussed. For me it was worth every cent.",
            " I'd recommend it to anyone with realistic expectations and a careful provider.",
        ),
        S: (
            " {weeks} weeks on, there's an improvement, but it's subtler than I was led to expect.",
            " I can see a difference in good light; I'm undecided whether I'd pay for it again.",
            " The provider was great, but the result was less than I hoped for the price.",
        ),
        N: (
            " {weeks} weeks on, I can barely see a difference, and I wouldn't pay for it again.",
            " For the money, I'd rather have spent it on something else.",
            " I'm disappointed: the result didn't match what I was told to expect.",
        ),
    },
}
# Updates keep the verdict, or move it one step (a verdict moves one step at a time).
UPDATES = {
    "surgery": (
        "Update: the last of the swelling has gone and the scars are fading.",
        "I went back for a check-up; the surgeon was happy with how it has healed.",
    ),
    "injectables": (
        "Quick update: the result has settled and looks even more natural than at first.",
        "Update: I went back for a review, and we agreed nothing needed changing.",
    ),
    "other": (
        "Update: the result has settled and I'm still happy with how it looks.",
        "I went back for a follow-up; my provider took new photos and we compared them with the first ones.",
    ),
}
UPDATES_BETTER = {
    "surgery": "Now that the swelling has fully settled I like the result much more. Changing my verdict.",
    "other": "I'm glad I did it after all: it took a while for the full result to show. Changing my verdict.",
}
UPDATES_WORSE = {
    "temporary": "It faded much sooner than I was told, so I'm less sure it was worth it now.",
    "lasting": "A problem appeared a few months in and needed another visit. It's being sorted, but it has "
    "coloured my view.",
}
# Doctors' responses in their own words; doctors of large seeds respond in the generic ones.
RESPONSES: dict[str, tuple[str, str, str]] = {
    "ruiz": (
        "Thank you for the lovely review. It was a pleasure treating you, and I'm glad the result feels like you. "
        "Keep up the sunscreen!",
        "Thank you for the honest feedback. Results keep settling for a few weeks, so please come in for your "
        "review and we'll look at it together.",
        "I'm sorry this wasn't the result you hoped for. Please call the office and ask for a follow-up with me; "
        "I'd like to understand what happened and what we can do.",
    ),
    "bennett": (
        "Thank you. Your recovery was textbook because you followed every instruction. Enjoy the result.",
        "Thanks for the feedback. Swelling hides a lot for the first months; let's compare photos at your next visit.",
        "I'm sorry you're unhappy. Please come in so we can examine you and go through the options together.",
    ),
    "okafor": (
        "Thank you for sharing your experience so carefully; it will help others decide.",
        "Thank you for the feedback. Breasts keep settling for months, so let's review at your six-month visit.",
        "I'm sorry the result isn't what we planned. Please contact my office so we can see you soon.",
    ),
    "castillo": (
        "Thank you. Your patience during the recovery made the difference.",
        "Thank you for the honest review. Let's wait for the swelling to finish settling and then decide "
        "together if anything is needed.",
        "I'm sorry to read this. Please call my office; I'd like to see you and talk about it in person.",
    ),
    "lindqvist": (
        "Thank you! It was a joy to follow your recovery week by week.",
        "Thank you for the feedback. Please bring your recovery diary to your next visit and we'll look at it "
        "together.",
        "I'm sorry this has been hard. Please call us so we can see you this week.",
    ),
    "raman": (
        "Thank you for trusting us with your skin. Keep protecting it from the sun to keep the result.",
        "Thank you for the feedback. Pigment can take a few more weeks to settle; let's review together.",
        "I'm sorry about this. Please contact the clinic so we can see you and adjust your plan.",
    ),
    "haddad": (
        "Thank you so much! It was a pleasure, and remember: less is more.",
        "Thanks for the honest feedback. Come in for your review and we'll see if a small adjustment would help.",
        "I'm so sorry. Please call the clinic; I'd like to see you and make this right.",
    ),
    "adeyemi": (
        "Thank you for the review, and for asking such good questions at your consultation.",
        "Thank you for the feedback. Let's check your record together at your next visit and see what we can adjust.",
        "I'm sorry this didn't meet your expectations. Please reach out to the office so we can talk it through.",
    ),
    "moreau": (
        "Thank you for the kind words. It was a pleasure working on your result together.",
        "Thank you for the honest review. The final result takes time; let's look at it again at your next visit.",
        "I'm sorry you're disappointed. Please contact my office so we can see you in person.",
    ),
    "tanaka": (
        "Thank you. Glad the recovery went as planned.",
        "Thanks for the feedback. Let's compare standard photos at your next visit.",
        "Sorry to hear this. Please call the office to book a review with me.",
    ),
    "osei": (
        "Thank you for the review. Consistency at home made a big difference to your result.",
        "Thank you for the feedback. Let's review your routine and see what we can adjust.",
        "I'm sorry about this. Please contact the clinic so we can see you soon.",
    ),
    "silva": (
        "Thank you. I'm glad you're breathing better and happy with the result.",
        "Thanks for the honest feedback. Healing continues for a while; let's review at your next visit.",
        "I'm sorry to read this. Please call my office so we can examine you.",
    ),
    "chen": (
        "Thank you for the review. I'm glad your eyes feel comfortable and you're happy with the result.",
        "Thank you for the feedback. Eyelids keep settling for a few months; let's review at your next visit.",
        "I'm sorry about this. Please contact my office so I can examine you.",
    ),
    "kowalski": (
        "Thank you. It was a pleasure helping you with your smile.",
        "Thanks for the feedback. Come in and we'll polish and check everything.",
        "I'm sorry this happened. Please call us so we can take a look.",
    ),
    "romano": (
        "Thank you for the kind words. Enjoy your new smile!",
        "Thank you for the honest review. Let's look at it together at your next visit.",
        "I'm sorry this isn't what we planned. Please call the office so we can see you.",
    ),
}
GENERIC_RESPONSES = (
    "Thank you for taking the time to share your experience. It was a pleasure looking after you.",
    "Thank you for the honest feedback. Please come in for your review and we'll look at it together.",
    "I'm sorry the result wasn't what you hoped for. Please call the office and ask for a follow-up with me.",
)
