"""The curated demo questions: what patients really ask about each treatment, and the doctors' answers.

Every answer was written for its question, in the voice of the demo doctor it is filed under (their key
in `doctors.demo.ROSTER`), within that doctor's specialty. Doctors disagree where real ones do. The
first question is the showcase: every verified demo doctor answers it from their own field.

The `topic` of each question says which generated answers fit under it when a large seed gives a question
more answers than were written for it (see questions/demo.py).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class CuratedQuestion:
    treatments: tuple[str, ...]  # slugs; the first is the main one
    title: str
    body: str
    age: str  # "" when the patient didn't say
    city: str
    topic: str
    answers: tuple[tuple[str, str], ...] = ()  # (doctor key, answer)


Q = CuratedQuestion

SHOWCASE = Q(
    ("microneedling", "fraxel-laser", "rhinoplasty"),
    "I get keloids. Which cosmetic treatments are safe for me, and which should I avoid?",
    "I'm 33 and I form keloids: both earlobes after piercings (one was cut out and came back bigger) and a "
    "raised scar on my chest where a mole was removed. Over the next couple of years I'd like to do a few "
    "things: Botox for my forehead, something for the acne scars on my cheeks (microneedling or Fraxel?), "
    "bonding on two chipped front teeth, and one day a rhinoplasty to take down a bump.\n\n"
    "Which of these carry a real keloid risk for someone like me, and is there anything a doctor would do "
    "differently? My dermatologist injects my earlobe with steroid every few months, if that matters.",
    "33",
    "Houston",
    "keloid",
    (
        (
            "ruiz",
            "The short version: needles for Botox don't cause keloids, and the face is one of the lower-risk "
            "areas. Your earlobes and chest are classic keloid sites; cheeks and the nose much less so.\n\n"
            "For the acne scars I'd start with microneedling rather than a laser, with a test patch in front of "
            "one ear and a six-week wait before doing the whole face. Tell whoever treats you that you had "
            "isotretinoin, if you ever did. And keep seeing the dermatologist who does your earlobe "
            "injections: it helps to have someone who knows your scars follow you through all of this.",
        ),
        (
            "raman",
            "Keloids are more common in people with deeper skin tones, and those patients also carry a higher "
            "risk of dark marks after lasers, so I think about both together.\n\n"
            "For your cheeks I'd pick microneedling or a low-density non-ablative laser such as Fraxel 1550, "
            "in more sessions at gentler settings, and no fully ablative CO2. I'd start a pigment-calming "
            "cream a few weeks before and be strict about sunscreen afterwards. Keloids on the cheeks after "
            "these treatments are very rare, but a test spot costs you little and tells us a lot.",
        ),
        (
            "osei",
            "I'll disagree slightly with doing anything while your earlobe keloid is still active. Keloid "
            "tendency isn't only local: when one is growing, I'd rather get it quiet with your steroid "
            "injections before starting a series of procedures elsewhere.\n\n"
            "Meanwhile a lot can be done for acne scars that involves no wounding: a prescription retinoid "
            "improves shallow scarring and texture over months, and it prepares the skin for procedures later. "
            "Then microneedling, spaced six weeks apart so we can see how you heal.",
        ),
        (
            "haddad",
            "From the injector's chair: I treat plenty of keloid-prone patients with toxin and filler. The "
            "needle puncture is tiny, and I've never seen a keloid from a forehead injection. I still ask about "
            "keloids at every first visit, because it changes what I'd suggest for skin treatments.\n\n"
            "Book the Botox whenever you like. For the scars, let a dermatologist lead.",
        ),
        (
            "adeyemi",
            "Forehead Botox is the easy one: nothing in it raises your keloid risk. Typical forehead doses are "
            "modest, and your injector will work out yours by looking at how strong your muscles are.\n\n"
            "Where I'm careful in keloid formers is anything that heats or wounds a wide area: deep "
            "radiofrequency microneedling and aggressive lasers. In our clinic a keloid history means the "
            "dermatologist I work with sees you before any device treatment, and we start at the low end of "
            "the settings.",
        ),
        (
            "tanaka",
            "I resurface skin every week, and my rule for keloid formers is simple: non-ablative before "
            "ablative, test before treating, and a plan for any scar that starts to thicken.\n\n"
            "Fraxel-type lasers leave most of the skin intact and heal fast, which is what you want. I don't "
            "offer fully ablative CO2 to patients who keloid on the face. If a treated area turns itchy, firm "
            "or raised in the weeks after, tell your doctor straight away: an early steroid injection works "
            "far better than a late one.",
        ),
        (
            "moreau",
            "About the nose: it is one of the kinder places to operate on if you form keloids. Keloids on "
            "the nose after rhinoplasty are rare, even in patients who form them on their ears and chest.\n\n"
            "A bump reduction can often be done through the nostrils (closed approach) with no outside scar. "
            "If an open approach is needed, the small incision under the tip usually heals well; I would still "
            "plan silicone gel on it and follow you closely. Do the skin treatments first, so you go into surgery "
            "knowing how your facial skin behaves.",
        ),
        (
            "silva",
            "As a rhinoplasty surgeon I'd add a thought on your earlobes: they tell me you keloid after "
            "piercing and cutting, not that every incision will keloid. Lots of my keloid-prone patients heal "
            "the nose without trouble.\n\n"
            "What I'd do differently for you: the closed approach where the plan allows, dissolving stitches "
            "inside, and a low threshold for a steroid injection if anything thickens. And if your breathing "
            "through the nose is also an issue, tell the surgeon: it changes the operation and sometimes the "
            "insurance picture.",
        ),
        (
            "castillo",
            "I revise a fair number of scars, and the worst keloids I see after cosmetic surgery are on the "
            "chest, shoulders and ears, often after a procedure that was not worth the risk for that patient. "
            "Your list is reasonable; the order matters more than any one item.\n\n"
            "Start with the treatments you can walk back from (Botox, gentle skin work, bonding), watch how "
            "you heal, and leave surgery until you and your surgeon have that evidence. Ask any surgeon how many "
            "keloid-prone patients they operate on and what their plan is if a scar starts to rise.",
        ),
        (
            "lindqvist",
            "In my practice every keloid-prone patient gets a written scar plan before surgery: silicone sheets "
            "or gel from the day the stitches come out for three months, sun protection on the scar, and a "
            "review at four and eight weeks so that we catch thickening early.\n\n"
            "For a rhinoplasty the incision is small and usually in a favourable spot, so I'd be cautiously "
            "positive. Your chest keloid tells me I would say no to most elective surgery on your chest and "
            "shoulders, though.",
        ),
        (
            "bennett",
            "Body surgeon's view, since you mentioned a chest keloid: that area and the shoulders are where I "
            "refuse elective incisions in keloid formers, because the scar can end up worse than whatever we "
            "were fixing. If you ever think about breast or body surgery, that's the conversation to have first.\n\n"
            "Nothing on your current list puts a long incision there. The face is a different story, and the "
            "others here have covered it well.",
        ),
        (
            "okafor",
            "I'll add one thing from breast surgery: keloid formers who still want surgery on the chest are "
            "sometimes treated with a steroid injection into the incision at the end of the operation, or a "
            "short course of radiation after a keloid is cut out. Those are real tools, but they're for "
            "operations that are worth the trade-off.\n\n"
            "For your plans, the face and teeth are the low-risk end. Keep a photo diary of how each treated "
            "area heals; it's the best evidence you can bring to your next consultation.",
        ),
        (
            "chen",
            "I operate on eyelids, which are about the least likely place on the body to form a keloid, even in "
            "patients who keloid everywhere else. So if you ever consider eyelid surgery, a keloid history "
            "alone isn't a reason to rule it out.\n\n"
            "For your current list I'd be most careful with anything aggressive close to the lower lids and "
            "cheeks, like strong lasers, which can pull on the lid as they heal. Gentle, spaced treatments "
            "are the safer choice.",
        ),
        (
            "kowalski",
            "The good news from the dental side: bonding involves no cut to your skin or gums, so there's no "
            "keloid risk at all. I'd polish the edges of the chips, bond them in one visit, and you'd leave "
            "with nothing to heal.\n\n"
            "Even veneers and crowns stay on the tooth. Gum procedures heal in the mouth, where the tissue "
            "doesn't form keloids.",
        ),
        (
            "romano",
            "Agree with my colleague: keloids form in skin, not on teeth or gums, so your smile is the safest "
            "item on your list. Before bonding the chips, it's worth checking your bite: front teeth often "
            "chip because of grinding or an edge-to-edge bite, and bonding that isn't protected breaks again. "
            "A night guard or a short course of aligners sometimes comes first. If you plan to whiten, do it "
            "before the bonding, as the resin is matched to your teeth and won't lighten afterwards.",
        ),
    ),
)

CURATED: list[CuratedQuestion] = [
    SHOWCASE,
    # --- Botox and the other toxins -------------------------------------------------------------------
    Q(
        ("botox",),
        "Is Botox safe while breastfeeding?",
        "My baby is five months old and I'm breastfeeding. My frown lines have got really deep with the sleep "
        "deprivation and I used to have Botox every four months before I got pregnant. Is it safe to go back "
        "now, or do I have to wait until I stop feeding? My injector said it's my call, which didn't help.",
        "34",
        "Denver",
        "first_time",
        (
            (
                "haddad",
                "Honest answer: there is no good study of Botox in breastfeeding, so nobody can tell you it's "
                "proven safe. What we know is that the doses used for frown lines are tiny and stay where they "
                "are injected, and the molecule is large, so very little if any would be expected to reach the "
                "milk.\n\n"
                "In my clinic I don't treat while a patient is breastfeeding, simply because there's no data "
                "and it's an elective treatment that can wait. Most injectors I know do the same. A good "
                "skincare routine and sleep (I know!) are your friends until then.",
            ),
            (
                "ruiz",
                "I take the same position as most dermatologists: we defer cosmetic Botox until you've finished "
                "breastfeeding. Not because we know it's harmful, but because we don't have the evidence to "
                "say it's safe, and there's no medical need to do it now.\n\n"
                "If you'd like to talk it through with your paediatrician or OB, they'll likely say the same. "
                "In the meantime, a retinoid is off the table too, but azelaic acid and a good moisturiser are "
                "fine, and sunscreen keeps the lines from getting worse.",
            ),
            (
                "adeyemi",
                "I'd frame it a little differently: it isn't that we think it's dangerous. Botulinum toxin at "
                "cosmetic doses doesn't show up in the bloodstream in measurable amounts, and some doctors do "
                "treat nursing mothers after a careful discussion.\n\n"
                "But 'unlikely' isn't 'studied', and I wouldn't fault your injector for leaving it to you. If "
                "you decide to wait, your lines won't get much deeper in a few months. Either way, make the "
                "decision with your own doctor, not with a clinic that profits from the appointment.",
            ),
        ),
    ),
    Q(
        ("botox",),
        "My eyelid started drooping ten days after forehead Botox. How long will this last?",
        "I had Botox in my forehead and between my brows ten days ago (my third time, new injector). Since "
        "yesterday my left upper eyelid sits lower than the right, and by the evening I feel like I'm looking "
        "through a curtain. No pain, no double vision. Will it go away, and is there anything that helps?",
        "41",
        "San Francisco",
        "complication",
        (
            (
                "chen",
                "This sounds like eyelid ptosis from toxin: a little of it reached the muscle that lifts the "
                "lid. It's uncommon, temporary, and usually improves over three to six weeks, sometimes a little "
                "longer.\n\n"
                "Prescription eye drops (apraclonidine) stimulate a small muscle in the lid and can lift it a "
                "millimetre or two for a few hours per dose; your injector or an eye doctor can check whether "
                "they're right for you. Please be seen urgently instead if you develop double vision, trouble "
                "swallowing or speaking, or weakness elsewhere: those are not the usual picture.",
            ),
            (
                "haddad",
                "Please let your injector know today; any good clinic wants to see this. It's worth telling apart "
                "a drooping eyelid (the lid margin lower over the eye) from a heavy brow (the brow has dropped "
                "and pushes skin down): they have different causes, and drops only help the first.\n\n"
                "Next time, mention this episode. Injecting a little higher above the brow and avoiding rubbing "
                "or lying face-down for a few hours afterwards lowers the chance of it happening again.",
            ),
            (
                "ruiz",
                "Agree with Dr. Chen. I'd add: don't let anyone 'fix' it with more toxin somewhere else right "
                "away. It will wear off, and the drops are a stopgap that works for many people. Take a photo "
                "each morning so you can see the improvement; it's reassuring when day-to-day changes are "
                "hard to notice.",
            ),
        ),
    ),
    Q(
        ("botox",),
        "Baby Botox at 26 to prevent wrinkles: worth it, or just marketing?",
        "A lot of people my age are getting 'preventative Botox'. I have faint lines across my forehead when I "
        "raise my eyebrows but nothing when my face is still. Would starting now actually prevent deeper "
        "lines later, or am I going to be paying for this for the rest of my life for nothing?",
        "26",
        "Atlanta",
        "first_time",
        (
            (
                "ruiz",
                "If the lines only show when you move, you don't need Botox yet. The evidence for 'prevention' "
                "is mostly reasoning rather than long-term studies: relaxing a muscle for years probably slows "
                "etched lines, but so do sunscreen and a retinoid, for a fraction of the price.\n\n"
                "My advice at 26: daily SPF 30 or higher, a retinoid at night, and come back when you start "
                "seeing a line at rest. Nothing bad happens if you start later.",
            ),
            (
                "adeyemi",
                "I'll partly disagree. A small dose (what people call baby Botox) in someone whose lines are "
                "starting to linger after movement is reasonable, and some of my patients in their late twenties "
                "prefer it to waiting. But if your face is smooth at rest, it's optional, and you should feel "
                "free to say no to anyone who tells you otherwise.\n\n"
                "If you do try it, a light forehead dose still lets your brows move naturally.",
            ),
            (
                "osei",
                "Worth knowing: forehead lines are often the first place people notice because the skin there is "
                "thin and sun-exposed. Sun is still the biggest driver of early ageing I see. If you do only one "
                "thing this year, make it a sunscreen you like enough to wear every day.",
            ),
        ),
    ),
    Q(
        ("botox",),
        "Why does my Botox wear off after six weeks?",
        "I've had Botox for crow's feet and frown lines four times now at a med spa. It looks great at two "
        "weeks but by six weeks I'm moving again. Friends say theirs lasts three or four months. Is my body "
        "breaking it down faster, or am I not getting enough?",
        "38",
        "New York",
        "longevity",
        (
            (
                "adeyemi",
                "The most common reason by far is dose. A typical frown-line treatment uses a set range of units, "
                "and strong muscles need the upper end; a light dose looks great at two weeks and fades early. "
                "Ask your clinic how many units went where: they should write it in your record.\n\n"
                "Other things that shorten it: very strong muscles, a very active lifestyle (a little), and "
                "occasionally product handling. True resistance from antibodies is rare at cosmetic doses.",
            ),
            (
                "haddad",
                "Agree: ask for your unit count. 'Per area' pricing sometimes hides a low dose. I'd also ask what "
                "happens at your two-week check, because that's when a top-up for a strong muscle makes sense. If "
                "you're still moving freely at six weeks after a full dose, trying a different toxin brand is a "
                "reasonable experiment.",
            ),
        ),
    ),
    Q(
        ("botox", "lip-flip"),
        "Adding a lip flip to my usual Botox: what should I expect?",
        "I get Botox for my forehead every few months and my injector suggested adding a lip flip next time "
        "because my upper lip disappears when I smile. Does it change how you talk or drink? Is it worth it "
        "for a pretty small change?",
        "31",
        "",
        "first_time",
        (
            (
                "haddad",
                "A lip flip is a few units placed along the edge of the upper lip so the muscle relaxes and the "
                "lip rolls out a little. It's subtle, and the effect is shorter than Botox elsewhere, often six "
                "to twelve weeks.\n\n"
                "The trade-off people notice: for a week or two, drinking through a straw, whistling or saying "
                "'p' and 'b' can feel a little lazy. Most get used to it quickly. If you play a wind "
                "instrument or speak for a living, I'd skip it before an important week.",
            ),
            (
                "adeyemi",
                "It's a good option for a lip that curls in when you smile, less so for a lip that's simply thin "
                "at rest; then filler is what adds volume. Since it's cheap and wears off quickly, trying it once "
                "with your regular appointment is low-risk. Ask for a conservative dose the first time.",
            ),
        ),
    ),
    Q(
        ("botox", "dysport"),
        "Switching from Botox to Dysport: are the units the same?",
        "My clinic is running a Dysport offer and said it's 'the same thing'. Last time I had 20 units of "
        "Botox between my brows. They quoted me 50 units of Dysport and I panicked that it's too much. Is "
        "that right?",
        "45",
        "Chicago",
        "cost",
        (
            (
                "adeyemi",
                "That's normal. Dysport units aren't the same size as Botox units: the commonly used conversion "
                "is roughly two and a half to three Dysport units for one Botox unit. So 50 units of Dysport is in "
                "the same range as 20 of Botox.\n\n"
                "Which means the price per unit isn't comparable either; compare the cost of the whole "
                "treatment. Some people find Dysport starts a day or two sooner, and some find one lasts a bit "
                "longer for them than the other; it's individual.",
            ),
            (
                "ruiz",
                "Your clinic is right, they're similar medicines, though not identical: they are dosed on "
                "different scales and behave a little differently in the skin. I switch patients both ways "
                "without trouble. Just don't judge the result until two weeks, and tell the clinic what you had "
                "before so they can match it.",
            ),
        ),
    ),
    Q(
        ("masseter-botox",),
        "Masseter Botox for grinding: will it change my smile or chewing?",
        "My dentist says I grind my teeth at night and has made me a night guard, but I wake up with a sore "
        "jaw anyway. I've read about Botox in the masseter muscles. Will it make chewing hard, and could it "
        "mess up my smile? I don't care about jaw slimming, I just want the pain to stop.",
        "36",
        "Minneapolis",
        "first_time",
        (
            (
                "kowalski",
                "Keep wearing the guard: it protects your teeth, while Botox reduces the force of the "
                "clenching. They work well together. Most patients notice less morning soreness within a week "
                "or two. Chewing tough foods (steak, bagels) can feel tiring for the first few weeks, then you "
                "adapt.\n\n"
                "A smile change happens when toxin reaches the smile muscles near the cheek, which is rare with "
                "careful placement low in the jaw muscle. Mention the jaw pain to your dentist too; sometimes "
                "the joint itself needs looking at.",
            ),
            (
                "romano",
                "I treat grinding patients this way often. One thing people aren't told: with repeated "
                "treatments the muscle gets smaller, so the lower face can look slimmer even if that isn't the "
                "goal. If you don't want that, ask for the lowest dose that controls the pain and space the "
                "treatments out.",
            ),
            (
                "haddad",
                "Good advice above. From the injector's side, start with a moderate dose and review at four weeks. "
                "If the soreness is mostly at the temples, the temple muscle can be involved too, and that's a "
                "different conversation.",
            ),
        ),
    ),
    # --- Fillers ----------------------------------------------------------------------------------------
    Q(
        ("lip-filler",),
        "Lip filler has migrated above my lip line. Dissolve or wait?",
        "I've had lip filler about five times over three years, always one syringe. Now there's a puffy shelf "
        "above my upper lip, especially when I smile, and the border looks blurry. My injector wants to add "
        "more to 'define the border'. That feels wrong. Should I get it dissolved?",
        "29",
        "Los Angeles",
        "complication",
        (
            (
                "haddad",
                "Your instinct is right. A puffy shelf above the lip with a blurred border is the classic look of "
                "filler sitting outside the lip, and adding more on top usually makes it worse.\n\n"
                "Hyaluronic acid filler can be dissolved with hyaluronidase. I'd dissolve, wait at least two "
                "weeks (many of my patients wait longer, because their natural lip is a nice surprise), then "
                "rebuild with a small amount if you still want it. Ask for a skin test first if you have "
                "allergies.",
            ),
            (
                "lindqvist",
                "Agree with dissolving. After five syringes in three years, some filler is probably still there "
                "from the first sessions; it lasts longer in many people than the brochures say. I'd also leave "
                "more time between treatments when you start again, and let the lip settle fully before "
                "deciding whether to add.",
            ),
            (
                "adeyemi",
                "One practical note: dissolving is rarely a single visit. Filler that has spread can take two "
                "rounds, a few weeks apart. It's worth seeing someone who does this often, with ultrasound if "
                "they have it, so they can see where the product actually sits.",
            ),
        ),
    ),
    Q(
        ("lip-filler",),
        "First lip filler at 24: half a syringe or a full one?",
        "I've wanted lip filler for ages but I'm scared of duck lips. I have a fairly thin upper lip and a "
        "fuller bottom one. The clinic sells it by the full syringe. Is half a syringe enough to see "
        "anything?",
        "24",
        "Austin",
        "first_time",
        (
            (
                "ruiz",
                "Half a syringe is a very sensible first treatment, and for a thin upper lip it shows: the aim is "
                "shape and balance, not size. Many clinics charge for the full syringe regardless; if so, ask "
                "whether they'll keep the rest for a top-up within a few weeks. Reputable clinics won't inject "
                "the whole thing just because it's open.\n\n"
                "Expect the first three days to look bigger than the final result: swelling is worst the "
                "morning after.",
            ),
            (
                "haddad",
                "I'd do half now and review at two to four weeks. Small amounts in the right places (the border "
                "and the centre of the upper lip) make a bigger difference than volume everywhere. And ask "
                "whoever you see whether they keep the dissolving enzyme in the clinic. If they don't, go "
                "somewhere else.",
            ),
        ),
    ),
    Q(
        ("lip-filler", "lip-flip"),
        "Lip flip or lip filler for a thin upper lip?",
        "My upper lip practically vanishes when I smile. At rest it's thin but fine. I keep reading that a lip "
        "flip is 'filler without filler'. Which would actually suit me?",
        "30",
        "New York",
        "versus",
        (
            (
                "adeyemi",
                "From your description, the lip flip fits better: your lip looks fine at rest and disappears "
                "when you smile, which is a muscle pulling it in. A few units relax that pull. Filler adds volume "
                "at rest, which isn't what's bothering you.\n\n"
                "The catch is that a flip lasts only six to twelve weeks. Some people do both later on, but I'd "
                "start with the flip.",
            ),
            (
                "haddad",
                "I'd add: take a photo of your smile now, and at two weeks after the flip. The change is subtle "
                "and easy to forget. If you then want a little more fullness at rest, a small amount of soft "
                "filler is the next step, not a full syringe.",
            ),
        ),
    ),
    Q(
        ("cheek-filler",),
        "Cheek filler made my face look puffy. Is it too much?",
        "I had two syringes of cheek filler three weeks ago. In photos my face looks wider and a bit puffy, "
        "especially when I smile; my eyes look smaller. My injector says it's swelling and to wait. Is three "
        "weeks still swelling?",
        "44",
        "Boston",
        "complication",
        (
            (
                "moreau",
                "Most of the swelling from cheek filler settles within two weeks. At three weeks, what you see "
                "is largely the result. Two syringes is not an enormous amount for someone in their forties, but "
                "placement matters more than volume: product placed too low or too far in front fills the "
                "mid-cheek and looks puffy when you smile.\n\n"
                "Give it one more week, then ask for a review in good light with photos from before. Part of it "
                "can be dissolved if needed; you don't have to remove it all.",
            ),
            (
                "haddad",
                "'Smaller eyes when I smile' is a useful detail: it usually means there's product too close to "
                "the lower lid or the cheek is lifted too much. That's fixable with a small, targeted amount of "
                "dissolver. I'd ask to see your injector again before the six-week mark.",
            ),
            (
                "lindqvist",
                "I'll be the cautious voice: wait six weeks before dissolving anything unless it's lumpy or "
                "painful. Cheek filler absorbs water for a while and many of my patients who hated it at three "
                "weeks were happy at six. Do bring photos to the review, though; your feeling matters.",
            ),
        ),
    ),
    Q(
        ("cheek-filler", "under-eye-filler"),
        "Dark circles at 41: cheek filler first, or tear-trough filler?",
        "I always look tired. There's a hollow under each eye and my cheeks have flattened over the last few "
        "years. One clinic wants to do under-eye filler, another says cheek filler first and maybe nothing "
        "under the eyes. Who's right?",
        "41",
        "",
        "versus",
        (
            (
                "chen",
                "Often the second clinic. When the cheek has lost volume, the under-eye hollow looks deeper "
                "because there's no support below it. Restoring the cheek can soften the hollow by half without "
                "anything going into the delicate under-eye area.\n\n"
                "Tear-trough filler is a good treatment in the right person: thin, hollow rather than puffy, "
                "with good skin. If you have bags, or your lower lids swell in the morning, filler there tends "
                "to make things worse.",
            ),
            (
                "moreau",
                "I agree with treating the cheek first. I'd add: dark circles aren't always hollows. Pigment and "
                "thin skin showing the muscle underneath also make the eye look tired, and filler doesn't fix "
                "either. A dermatologist's view on the skin itself is worth having.",
            ),
            (
                "haddad",
                "In my chair it's cheek first, review at a month, then decide. That way you don't pay for under-eye "
                "filler you might not need, and if you do need it, a much smaller amount does the job.",
            ),
        ),
    ),
    Q(
        ("under-eye-filler",),
        "Under-eye filler from three years ago: still puffy every morning",
        "I had tear-trough filler three years ago and was told it would last about a year. I still have a "
        "puffy line under each eye, worse in the mornings and after salty food, and a bluish tint in some "
        "light. Could it still be filler?",
        "37",
        "Seattle",
        "longevity",
        (
            (
                "chen",
                "Yes, very possibly. Hyaluronic acid filler under the eyes often lasts far longer than a year; "
                "we see it on scans many years later. It draws water, which is why it's worse in the mornings "
                "and after salty food, and a bluish tint is a known effect of filler sitting too close to thin "
                "skin.\n\n"
                "The fix is hyaluronidase to dissolve it. An eyelid specialist can examine you first, and "
                "ultrasound can confirm where the product is.",
            ),
            (
                "haddad",
                "This is one of the most common reasons patients come to me: filler from years ago that was "
                "'supposed to be gone'. Dissolving usually takes one or two visits. Afterwards many people decide "
                "they don't need anything else there; if they do, a much smaller amount in the right plane is "
                "the way.",
            ),
        ),
    ),
    Q(
        ("under-eye-filler", "blepharoplasty"),
        "Lower eyelid bags: filler or surgery?",
        "I'm 52 and have bags under my eyes that have got worse over ten years. Two injectors offered "
        "under-eye filler to 'blend' them. A surgeon said I need a lower blepharoplasty. I'd rather avoid "
        "surgery, but not if filler is a waste of money.",
        "52",
        "San Diego",
        "versus",
        (
            (
                "chen",
                "Filler can camouflage a mild bag by filling the groove below it, but once the bag itself is "
                "large, filler adds weight to an area that's already full, and many patients end up puffier. "
                "If the bags have grown steadily for ten years, surgery is usually the more honest answer.\n\n"
                "A lower blepharoplasty done from inside the lid can reposition or remove the fat without a skin "
                "scar. Recovery is about two weeks of bruising and swelling.",
            ),
            (
                "tanaka",
                "I see a lot of patients after years of under-eye filler who needed surgery all along. If you "
                "try filler, give it one conservative treatment and be ready to stop. At 52 with real bags, "
                "lower lid surgery, sometimes with a laser or peel for the skin, is what lasts.",
            ),
            (
                "castillo",
                "Agree with both. One more reason to be careful with filler here: if you do have surgery later, "
                "old filler in the lower lid makes the operation less predictable. Whatever you decide, get "
                "your eyes checked for dryness before surgery.",
            ),
        ),
    ),
    Q(
        ("jawline-filler",),
        "Jawline filler for a soft jaw at 29: how many syringes?",
        "I have a soft jawline, partly genetics and partly a rounder face. I'm not overweight. Clinics are "
        "quoting anywhere from two to six syringes. I don't want to look like a filter. What's realistic?",
        "29",
        "Boston",
        "cost",
        (
            (
                "moreau",
                "The spread in quotes tells you how differently people approach the jaw. For a natural result "
                "I'd usually start with the chin, since a small chin makes the whole jaw look softer, then add to "
                "the angle of the jaw if needed. Many people need two or three syringes to see a real change, "
                "done in two sessions.\n\n"
                "Six in one go is where faces start to look wide and heavy. If your face is round because of "
                "fullness under the chin, filler isn't the right tool for that part.",
            ),
            (
                "adeyemi",
                "Jawline filler uses firmer products, and it's priced by the syringe, so costs add up. I'd budget "
                "for two to three and a review. Ask to see the clinic's own before-and-after photos of faces "
                "like yours, from the side.",
            ),
        ),
    ),
    Q(
        ("masseter-botox", "jawline-filler"),
        "Masseter Botox and jawline filler together for a slimmer lower face?",
        "My face looks square and heavy at the bottom because of big jaw muscles (I clench). I've seen people "
        "get masseter Botox and jawline filler at the same time. Doesn't filler make the jaw wider?",
        "33",
        "",
        "combine",
        (
            (
                "adeyemi",
                "They do different jobs. Masseter Botox shrinks a bulky muscle at the back of the jaw over six to "
                "eight weeks, which narrows the lower face. Filler is placed on the bone to sharpen the line, "
                "usually the chin and the angle, not the width.\n\n"
                "I'd do the Botox first and wait two months. Once the muscle is smaller you'll see what shape is "
                "left, and many patients then need less filler, or none.",
            ),
            (
                "haddad",
                "Agree with the order. Doing both in one appointment makes it hard to know what each did and "
                "easy to overdo the filler on a face that's about to get narrower.",
            ),
        ),
    ),
    Q(
        ("chin-filler", "chin-implant"),
        "Chin filler or a chin implant at 30?",
        "My chin is small and sits back, which makes my nose look bigger in profile. Filler sounds easier but "
        "I'd be doing it every year. An implant is surgery. Which do people choose at my age?",
        "30",
        "Phoenix",
        "versus",
        (
            (
                "silva",
                "Both are reasonable. Filler is a good way to try the look: if you love it, that's useful "
                "information before committing to surgery. It typically lasts twelve to eighteen months in the "
                "chin. An implant is a one-time procedure through a small incision under the chin or inside the "
                "mouth, with a week or so of swelling.\n\n"
                "Over ten years an implant usually costs less than repeated filler. If your bite is also off, see "
                "a surgeon first: sometimes the jaw itself is the issue.",
            ),
            (
                "moreau",
                "I often do the filler 'test drive' first. If you want a lot of projection, filler spreads "
                "sideways and looks heavy, while an implant or moving the bone gives a cleaner profile. Since you "
                "mention your nose, assess the two together; the chin changes how big the nose looks.",
            ),
            (
                "castillo",
                "A small note of caution on implants: they're very safe, but they can shift or, rarely, get "
                "infected, and removing one later isn't nothing. Choose a surgeon who does them often and ask "
                "what they do when one needs to come out.",
            ),
        ),
    ),
    Q(
        ("chin-filler",),
        "Chin filler at 22 for a receding chin: is it too young?",
        "I'm 22 and have always hated my side profile. My chin is weak and my lips look like they stick out. "
        "Is filler okay at my age, or should I wait?",
        "22",
        "",
        "first_time",
        (
            (
                "silva",
                "Age isn't the issue for chin filler; your face has finished growing by your early twenties. "
                "What I'd check first is your bite. A receding chin with lips that seem to stick out can be "
                "partly about how your jaws meet, and a dentist or orthodontist should look at that before any "
                "cosmetic treatment.\n\n"
                "If the bite is fine, a syringe of chin filler is a reasonable, reversible way to see how a "
                "stronger chin looks on you.",
            ),
        ),
    ),
    Q(
        ("kybella",),
        "Kybella day 3: my whole neck is swollen. Is that normal?",
        "Had Kybella under my chin on Monday, two vials. Today my neck looks like a bullfrog and it's numb "
        "and a bit hard. It's not really painful. I have a work event on Friday. Is this normal and how long "
        "will it last?",
        "47",
        "Austin",
        "swelling",
        (
            (
                "ruiz",
                "Yes, that's the usual picture, and the reason I warn patients to plan a week off from anything "
                "important after Kybella. Swelling peaks around day two or three and improves over one to two "
                "weeks. Numbness and firmness can last several weeks.\n\n"
                "Call your clinic if you notice trouble swallowing, an uneven smile (a nerve near the jaw can "
                "be affected, and it recovers), or skin that breaks down. Cold packs and sleeping propped up "
                "help. A scarf or a high collar for Friday.",
            ),
            (
                "haddad",
                "Completely expected. For your next session, and most people need two to four, book it two weeks "
                "before anything important. Some of my patients take an antihistamine beforehand; ask your "
                "injector whether that's right for you.",
            ),
        ),
    ),
    Q(
        ("kybella", "coolsculpting"),
        "Double chin: Kybella or CoolSculpting?",
        "I have a double chin that doesn't go away even when I lose weight. Kybella or CoolSculpting for the "
        "chin? I'm 39.",
        "39",
        "New York",
        "versus",
        (
            (
                "adeyemi",
                "Both destroy fat cells and both need a stable weight. CoolSculpting's chin applicator suits a "
                "pinchable pocket; Kybella suits smaller or oddly shaped areas. Kybella comes with more swelling "
                "per session; CoolSculpting has less downtime but needs a good fit for the applicator.\n\n"
                "Either way expect two or more sessions and results over a couple of months.",
            ),
            (
                "ruiz",
                "I'd look at what's under the chin first. If part of the fullness is loose skin or a weak chin, "
                "neither treatment will fix it, and some patients end up disappointed after spending on several "
                "rounds. A quick exam tells you which of the three you have.",
            ),
            (
                "bennett",
                "Surgeon's perspective: if there's a good amount of fat, a short liposuction of the neck under "
                "local anaesthetic is often one treatment instead of four, with similar cost in the end. Worth "
                "asking about alongside the non-surgical options.",
            ),
        ),
    ),
    Q(
        ("sculptra",),
        "Two sessions of Sculptra and I see nothing. Did it fail?",
        "I'm 52 and had Sculptra in my cheeks and temples, two sessions six weeks apart. It's been two months "
        "since the second and honestly I don't see any change. It wasn't cheap. Should I do a third session "
        "or give up?",
        "52",
        "Seattle",
        "longevity",
        (
            (
                "raman",
                "Sculptra works by stimulating your own collagen, and that takes time: most of the change shows "
                "between three and six months after the last session. Two months in is too early to judge. I'd "
                "compare your photos from before treatment with photos at four months in the same light before "
                "deciding on a third.\n\n"
                "It's also subtle by nature: people notice you look well rather than that something was done.",
            ),
            (
                "lindqvist",
                "Patience first, but I'd also ask how many vials you had. A small total for cheeks and temples "
                "in your fifties can mean a modest result. Some patients are better served with filler for "
                "immediate volume and Sculptra for the overall skin quality.",
            ),
        ),
    ),
    Q(
        ("sculptra", "radiesse"),
        "Sculptra or Radiesse for hollow temples?",
        "My temples have hollowed and it makes my face look older and a bit gaunt. I've been offered either "
        "Sculptra or Radiesse. Which one is better for temples?",
        "48",
        "",
        "versus",
        (
            (
                "adeyemi",
                "Both can work. Radiesse gives some volume straight away and builds collagen over months; "
                "Sculptra builds gradually over a series with no instant change. Temples are a common place for "
                "both. A soft hyaluronic acid filler is a third option that can be dissolved, which some people "
                "prefer for a first treatment.\n\n"
                "Temples have important blood vessels, so choose an injector who treats them often.",
            ),
            (
                "moreau",
                "I'd add that temple hollowing is often part of wider volume loss. Treating only the temples can "
                "look odd; a plan for the face as a whole, done gradually, looks more natural.",
            ),
        ),
    ),
    Q(
        ("radiesse",),
        "Radiesse in the backs of my hands: small bumps after two weeks",
        "I had Radiesse in my hands two weeks ago to hide the veins and tendons. There are a few small firm "
        "bumps between my knuckles. Will they go away?",
        "58",
        "",
        "complication",
        (
            (
                "ruiz",
                "Small firm bumps in the first weeks are common in the hands; the product is usually massaged in "
                "right after treatment and sometimes needs more. Many soften over the next month. Let your "
                "injector see them, as they may suggest gentle massage.\n\n"
                "Unlike hyaluronic acid filler, Radiesse can't be dissolved with an enzyme, which is why "
                "placement and dilution in the hands matter. Redness, warmth or growing pain needs prompt "
                "attention.",
            ),
        ),
    ),
    Q(
        ("sclerotherapy",),
        "Spider veins came back a year after sclerotherapy",
        "I had three sclerotherapy sessions on my thighs last year and they looked great. Now new spider veins "
        "are appearing in the same areas. Did it not work?",
        "46",
        "Washington",
        "longevity",
        (
            (
                "osei",
                "It probably did work: the treated veins are usually closed for good. What you're seeing are new "
                "veins, which form over time, especially with family history, hormones and long hours on your "
                "feet. Most people need a touch-up every year or two.\n\n"
                "If they keep coming back in clusters, or you have aching legs or swelling, an ultrasound of the "
                "leg veins can find a larger leaking vein feeding them. Treating that first makes the spider "
                "veins less likely to come back.",
            ),
            (
                "ruiz",
                "Agree. Wearing the compression stockings as advised after each session helps results last. And "
                "if you're on hormonal contraception or HRT, mention it to whoever treats you.",
            ),
        ),
    ),
    # --- Lasers and energy devices ------------------------------------------------------------------------
    Q(
        ("fraxel-laser",),
        "Fraxel for acne scars on brown skin: is it safe?",
        "I'm South Asian with medium-brown skin and rolling acne scars on my cheeks. A clinic says Fraxel is "
        "the best option, but I've read about lasers leaving dark patches on skin like mine. How can I do "
        "this safely?",
        "31",
        "Seattle",
        "first_time",
        (
            (
                "raman",
                "You can do it safely, but the settings matter more than the brand. Non-ablative fractional "
                "lasers like Fraxel 1550 can be used on brown skin at lower densities, with more sessions spaced "
                "six weeks apart. The risk you read about, dark marks after inflammation, is real and usually "
                "temporary.\n\n"
                "What I do for patients like you: a test spot, two to four weeks of a pigment-calming cream "
                "before, cooling during, and strict sun protection after. Ask the clinic how many patients with "
                "your skin type they treat.",
            ),
            (
                "osei",
                "I agree, and microneedling is a good alternative with a lower pigment risk, if slower. For "
                "rolling scars specifically, subcision (releasing the scars from underneath with a needle) adds "
                "a lot and is safe for all skin tones. A combined plan usually beats one device alone.",
            ),
            (
                "tanaka",
                "I'd avoid fully ablative lasers like CO2 in your situation. Fraxel at conservative settings is "
                "reasonable; expect three to five sessions and improvement of perhaps half, not a complete "
                "erasing of the scars.",
            ),
        ),
    ),
    Q(
        ("fraxel-laser", "co2-laser-resurfacing"),
        "Fraxel or CO2 for deep acne scars at 40?",
        "I have fair skin and deep acne scars from my teens, some rolling, some pitted. I can take a week off "
        "but not more. Is CO2 worth it over a Fraxel series?",
        "40",
        "San Diego",
        "versus",
        (
            (
                "tanaka",
                "For deep scars on fair skin, a single fractional CO2 treatment often does more than a "
                "non-ablative series. But a week off is tight: expect five to seven days of raw, oozing skin, "
                "then pink skin that make-up covers for a month or more.\n\n"
                "Pitted scars respond poorly to any laser alone; those are better treated with a small punch "
                "procedure or a focal TCA technique before resurfacing. I'd plan that first.",
            ),
            (
                "osei",
                "I'd take a more gradual route: a Fraxel series with subcision for the rolling scars. Each "
                "session costs you a few days, not a week, and the total improvement is close. It's more visits, "
                "which is the trade-off.",
            ),
            (
                "ruiz",
                "Both are good options. If you have a history of cold sores, whichever laser you choose, you'll "
                "need antiviral tablets around treatment, so mention it.",
            ),
        ),
    ),
    Q(
        ("co2-laser-resurfacing",),
        "Day 5 after CO2 laser: is this oozing normal?",
        "I had full-face CO2 laser resurfacing five days ago. My face is still oozing in places and crusting "
        "around my mouth, and it stings when I wash it. I'm following the vinegar soaks and ointment. How do I "
        "know if it's infected?",
        "55",
        "San Diego",
        "complication",
        (
            (
                "tanaka",
                "Oozing and crusting around the mouth on day five is within the normal range, especially after "
                "a deeper pass there. Things that aren't normal: pain that's getting worse rather than better, "
                "yellow crusts that keep coming back, small blisters or pimples, fever, or a bad smell.\n\n"
                "Send your surgeon a photo today, whatever it shows; every resurfacing practice expects and "
                "wants these messages in the first week. Keep up the soaks and the ointment, and stay out of the sun.",
            ),
            (
                "ruiz",
                "Agree. Small clustered blisters around the lips can be a cold-sore flare, which needs treatment "
                "quickly even if you took the preventive tablets. Don't wait for your scheduled follow-up if "
                "you're unsure.",
            ),
        ),
    ),
    Q(
        ("ipl-photofacial",),
        "How many IPL sessions for rosacea redness?",
        "I have rosacea with constant redness and visible little veins across my cheeks and nose. I've been "
        "quoted a package of five IPL sessions. Is that normal, and will the redness come back?",
        "39",
        "Austin",
        "sessions",
        (
            (
                "ruiz",
                "Three to five sessions a month apart is typical for redness and broken veins. Most people "
                "see a clear improvement; the redness does creep back over a year or two, so plan on a "
                "maintenance session or two a year.\n\n"
                "IPL treats the vessels, not the rosacea itself. Managing triggers and a prescription cream help "
                "keep it calm between sessions.",
            ),
            (
                "adeyemi",
                "Also worth knowing: the first session is usually gentler, to check how your skin responds, so "
                "the biggest change often comes after the second or third. Avoid a tan before treatment; "
                "tanned skin raises the risk of burns.",
            ),
        ),
    ),
    Q(
        ("ipl-photofacial", "clear-brilliant"),
        "IPL or Clear + Brilliant for sun spots before summer?",
        "I have freckles and sun spots on my cheeks and a few on my forehead. Light-ish skin. I'd like to "
        "treat them in the spring. IPL or Clear + Brilliant?",
        "43",
        "Austin",
        "versus",
        (
            (
                "ruiz",
                "For distinct brown spots on lighter skin, IPL is usually the more effective choice: spots darken "
                "and flake off within a week. Clear + Brilliant is gentler and better for overall tone and "
                "texture.\n\n"
                "Spring is a good time, as long as you protect your skin through the summer. New sun brings new "
                "spots, so a good sunscreen is part of the treatment.",
            ),
            (
                "raman",
                "A quick caution for anyone reading with deeper skin: IPL carries a higher risk of burns and "
                "dark marks there, and other options are safer. And before treating any 'sun spot', have a "
                "dermatologist look at it. Not every brown spot should be lasered.",
            ),
        ),
    ),
    Q(
        ("laser-hair-removal",),
        "Laser hair removal on dark skin: which laser is safe?",
        "I'm Black with dark brown skin and I get painful ingrown hairs on my neck and bikini line. A spa "
        "near me offers IPL hair removal packages. Is that safe for me?",
        "27",
        "Atlanta",
        "first_time",
        (
            (
                "raman",
                "IPL isn't the right choice for dark skin: it can't tell the pigment in your skin from the "
                "pigment in the hair, and burns or dark marks are a real risk. A long-pulsed Nd:YAG laser (1064 "
                "nm) is the safest choice for deeper skin tones, and it works well on ingrown hairs.\n\n"
                "Ask the clinic which laser they use and whether they treat skin like yours regularly. A test "
                "patch before the first full session is standard.",
            ),
            (
                "adeyemi",
                "Agree with the Nd:YAG recommendation; that's what we use for darker skin. Expect six to eight "
                "sessions, four to eight weeks apart, and shave (don't wax or pluck) between them. Many patients "
                "with ingrown hairs notice relief within a few sessions.",
            ),
        ),
    ),
    Q(
        ("laser-hair-removal",),
        "Laser hair removal for PCOS facial hair: will it last?",
        "I have PCOS and coarse hair on my chin and neck. I shave every day. Will laser hair removal work, or "
        "will the hormones just grow it back?",
        "32",
        "",
        "longevity",
        (
            (
                "osei",
                "It works, but with hormonal hair you should expect maintenance: laser reduces the hair that's "
                "there, and hormones can stimulate new follicles over time. Most of my patients with PCOS do the "
                "usual series and then a top-up session a few times a year.\n\n"
                "Treating the hormones at the same time, for example with medication your doctor prescribes, "
                "makes a real difference to how well laser results hold.",
            ),
            (
                "haddad",
                "Same experience here. Dark, coarse hair responds well; fine or light hair much less. And it "
                "frees a lot of time compared with daily shaving, which my patients tell me is the biggest win.",
            ),
        ),
    ),
    Q(
        ("morpheus8",),
        "Grid marks five days after Morpheus8: when do they fade?",
        "I had my first Morpheus8 session on my cheeks five days ago. The redness is gone but I can still see a "
        "faint grid of tiny dots. Is that normal? I go back to work Monday.",
        "35",
        "",
        "swelling",
        (
            (
                "raman",
                "Yes, the grid pattern often lingers for up to a week and sometimes a little longer, especially "
                "at higher settings. Gentle skin care and mineral sunscreen until it fades; mineral make-up is "
                "usually fine after the first couple of days.\n\n"
                "If you have deeper skin and the dots start to darken rather than fade, let your clinic know: "
                "early treatment helps pigment marks clear faster.",
            ),
            (
                "adeyemi",
                "Normal. By Monday most people are fine with a little concealer. Keep the area moisturised and "
                "avoid retinoids and exfoliants for about a week.",
            ),
        ),
    ),
    Q(
        ("morpheus8", "microneedling"),
        "Morpheus8 or regular microneedling for acne scars?",
        "I've had four microneedling sessions for my acne scars and they're a bit better. My clinic now "
        "recommends Morpheus8 for more improvement. Is it really better, or just more expensive?",
        "28",
        "Washington",
        "versus",
        (
            (
                "osei",
                "Radiofrequency microneedling adds heat deeper in the skin, so for scars it can do more per "
                "session than microneedling alone. But it's more uncomfortable, costs more, and carries a higher "
                "pigment risk in darker skin.\n\n"
                "If microneedling is helping, another two sessions may be enough. If you've plateaued, RF "
                "microneedling or a fractional laser is a reasonable step up.",
            ),
            (
                "haddad",
                "I see both sides in my clinic. Patients who liked microneedling and want a bit more often do "
                "well with RF microneedling; patients who hated the downtime of microneedling often hate "
                "Morpheus8 more.",
            ),
            (
                "tanaka",
                "I'd add that deep scars with tethering won't fully respond to either without subcision. Ask "
                "which scar types you have before paying for the next step.",
            ),
        ),
    ),
    Q(
        ("ultherapy", "facelift"),
        "Ultherapy at 58, or go straight to a facelift?",
        "I'm 58 with jowls and a looser neck. I'd rather avoid surgery but I don't want to waste money. A med "
        "spa is pushing Ultherapy. Is it realistic at my age?",
        "58",
        "Boston",
        "versus",
        (
            (
                "moreau",
                "Ultherapy gives a mild lift in people with mild laxity. At 58 with real jowls and neck laxity, "
                "the improvement tends to be modest, and many patients feel they spent a lot for little. I'd "
                "rather say that now than after the fact.\n\n"
                "A facelift, usually with a neck lift, is a bigger commitment but gives a result that lasts "
                "ten years or more. If surgery isn't for you, that's a valid choice; then go in with modest "
                "expectations.",
            ),
            (
                "tanaka",
                "I'd put it even more plainly: devices don't move jowls. They tighten skin a little. If the "
                "jowls are what bothers you, see two surgeons for an opinion, then decide whether the non-surgical "
                "path is still worth it.",
            ),
            (
                "lindqvist",
                "Some of my patients do a device or two in their late forties and fifties and a lift later; "
                "that's fine. At 58 with the changes you describe, I'd put the Ultherapy money towards the "
                "surgery if you're at all considering it.",
            ),
        ),
    ),
    Q(
        ("coolsculpting",),
        "The treated area got bigger after CoolSculpting",
        "Four months ago I had CoolSculpting on my lower abdomen. Instead of shrinking, the area has become a "
        "firm, square bulge exactly the shape of the applicator. My weight is the same. What is this?",
        "42",
        "Miami",
        "complication",
        (
            (
                "bennett",
                "That's the description of paradoxical adipose hyperplasia: the treated fat grows instead of "
                "shrinking. It's uncommon but well documented, usually shows at two to six months, and doesn't "
                "go away on its own.\n\n"
                "The usual treatment is liposuction, often after waiting until the tissue softens, around six "
                "to nine months. The fat can be more fibrous than usual, so choose a surgeon who has treated "
                "this before. Report it to the clinic that treated you as well.",
            ),
            (
                "ruiz",
                "Agree with Dr. Bennett. Photograph it now and keep records of your weight. It isn't dangerous, "
                "but it needs a surgical opinion, not more CoolSculpting.",
            ),
        ),
    ),
    Q(
        ("coolsculpting", "liposuction"),
        "CoolSculpting or liposuction for love handles?",
        "I'm at a healthy weight and work out, but I have love handles that won't budge. I'd rather not have "
        "surgery, but I've heard CoolSculpting needs lots of sessions. What would you do?",
        "35",
        "Atlanta",
        "versus",
        (
            (
                "bennett",
                "Liposuction removes more fat in one treatment and lets the surgeon shape the area. "
                "CoolSculpting takes away maybe a fifth of the fat per session and usually needs two or more; "
                "it suits small, pinchable pockets in people who want no downtime.\n\n"
                "For love handles on both sides, several CoolSculpting sessions can cost as much as liposuction "
                "with a smaller result. If you're open to a few days of recovery, surgery is usually the better "
                "value.",
            ),
            (
                "lindqvist",
                "I'd add that liposuction is still surgery, with compression garments for several weeks and "
                "some real risks. If your pockets are small and you truly don't want an operation, "
                "CoolSculpting is a fair choice. Just budget for two rounds.",
            ),
            (
                "adeyemi",
                "In our clinic we turn down CoolSculpting when the fat isn't pinchable or when someone is hoping "
                "for a big change. If an applicator can't fit well, it won't work well.",
            ),
        ),
    ),
    Q(
        ("tattoo-removal",),
        "How many sessions to remove a black tattoo on my ankle?",
        "I have a small black tattoo on my ankle, about ten years old, done professionally. How many laser "
        "sessions will it take and will it scar?",
        "30",
        "New York",
        "sessions",
        (
            (
                "adeyemi",
                "Black ink responds best, but professional tattoos are dense, and ankles clear slower than areas "
                "with better circulation. A realistic estimate is eight to twelve sessions, six to eight weeks "
                "apart, so well over a year.\n\n"
                "Scarring is uncommon when sessions are spaced properly and the skin is allowed to heal. Don't "
                "pick the blisters or scabs.",
            ),
            (
                "osei",
                "Agree with the estimate. Some faint ghosting can remain after many sessions, so plan for a "
                "very light shadow rather than perfectly clear skin. If you have darker skin, tell the clinic; "
                "it affects which laser and settings are safe.",
            ),
        ),
    ),
    Q(
        ("thermage", "ultherapy"),
        "Thermage or Ultherapy for a loose jawline?",
        "I'm 46 with early loosening along my jawline. A clinic offers both Thermage and Ultherapy. What's the "
        "difference and which is better for this?",
        "46",
        "",
        "versus",
        (
            (
                "tanaka",
                "Both heat the tissue to tighten it. Ultherapy focuses ultrasound at set depths; Thermage heats "
                "the skin more broadly with radiofrequency. For early jawline laxity both give a modest result "
                "over a few months, and individual response varies a lot.\n\n"
                "At 46 with early changes you're in the group most likely to be happy with either. I'd choose "
                "based on the clinic's experience with the device rather than the device itself.",
            ),
            (
                "moreau",
                "I'd set expectations: a subtle tightening that friends may not notice. Neither will correct "
                "jowls. If you want something you can see, good skin care now and a surgical opinion later are "
                "the honest path.",
            ),
        ),
    ),
    Q(
        ("emsculpt",),
        "Will Emsculpt fix my ab separation after two babies?",
        "After two pregnancies I have a gap between my abdominal muscles (diastasis) and a pouch. A clinic "
        "says Emsculpt can close the gap. Is that true?",
        "37",
        "Atlanta",
        "first_time",
        (
            (
                "lindqvist",
                "Emsculpt strengthens muscles, but it doesn't sew a separation back together. For a true "
                "diastasis with a pouch and loose skin, the surgical fix is a tummy tuck with muscle repair. "
                "Before any of that, a women's health physiotherapist is worth seeing: targeted exercise helps "
                "many women with a mild separation.\n\n"
                "If you may have more children, wait on surgery.",
            ),
            (
                "adeyemi",
                "We offer Emsculpt, and I'd still be honest: it tones muscle, but a wide separation or loose skin "
                "needs a surgeon's assessment. I'd be wary of any clinic promising it will close the gap.",
            ),
        ),
    ),
    Q(
        ("clear-brilliant",),
        "Clear + Brilliant in my 30s: good maintenance or a waste?",
        "I'm 34 with decent skin, a few fine lines and some dullness. A friend swears by Clear + Brilliant "
        "every few months. Is it worth doing as maintenance?",
        "34",
        "",
        "first_time",
        (
            (
                "ruiz",
                "It's a gentle treatment with little downtime, good for tone, glow and early texture. For fine "
                "lines the effect is modest. If your budget is limited, a prescription retinoid and daily "
                "sunscreen do more for less money; Clear + Brilliant is a nice addition, not a foundation.",
            ),
            (
                "adeyemi",
                "Patients who like it tend to do a series of four to six and then one every few months. It "
                "suits people who want visible freshness with no downtime. Don't expect it to fix deeper "
                "concerns.",
            ),
        ),
    ),
    # --- Surgery ----------------------------------------------------------------------------------------
    Q(
        ("rhinoplasty",),
        "Four months after rhinoplasty my tip still looks wide",
        "I had an open rhinoplasty four months ago for a bump and a wide tip. The bump is gone and I love the "
        "profile, but the tip still looks bulbous and firm, especially in the mornings. Is this swelling or "
        "did the surgery not work?",
        "27",
        "Boston",
        "swelling",
        (
            (
                "moreau",
                "At four months, the tip is usually the last part to settle, especially after an open approach and "
                "more so with thicker skin. The firmness and morning puffiness you describe fit swelling. Most "
                "tips refine gradually for twelve months and beyond.\n\n"
                "Compare photos taken in the same light every month rather than looking daily. Your surgeon "
                "can tell you whether a small steroid injection would help in your case; some of us use it for "
                "stubborn swelling.",
            ),
            (
                "silva",
                "I tell patients: the bump you see at a month, the tip you see at a year. Taping at night is "
                "something some surgeons recommend in the first months; ask yours. If it's still wide at a year, "
                "that's the time to discuss it.",
            ),
            (
                "castillo",
                "Please don't let anyone talk you into a revision before twelve months. Operating on a swollen "
                "tip is one of the commonest reasons for a second revision.",
            ),
        ),
    ),
    Q(
        ("rhinoplasty", "chin-implant"),
        "My surgeon suggested a chin implant with my rhinoplasty. Upsell?",
        "I went in for a rhinoplasty consult about my nose hump and the surgeon said my chin is weak and a "
        "chin implant at the same time would balance my profile. I never noticed my chin. Is this common or "
        "is he upselling?",
        "31",
        "",
        "combine",
        (
            (
                "moreau",
                "It's a common and often honest recommendation. A small chin makes the nose look bigger, and "
                "reducing the nose without supporting the chin can leave the profile unbalanced. But it's your "
                "face: if you've never noticed your chin, ask to see simulations of your profile with and "
                "without it.\n\n"
                "You can also do the nose now and decide on the chin later; filler is a way to test it.",
            ),
            (
                "silva",
                "I suggest a chin implant to perhaps one in five of my rhinoplasty patients. Doing both at once "
                "means one recovery. Still, a good surgeon presents it as an option, not a condition. If you "
                "feel pressured, get a second opinion.",
            ),
        ),
    ),
    Q(
        ("rhinoplasty",),
        "Deviated septum and a bump: will insurance cover my rhinoplasty?",
        "I can barely breathe through the left side of my nose and I have a bump I've always disliked. Can "
        "insurance cover part of it if the breathing is fixed at the same time?",
        "34",
        "Phoenix",
        "cost",
        (
            (
                "silva",
                "Often, yes, for the functional part. If an ENT exam confirms a deviated septum or other "
                "blockage and you've tried treatment such as nasal sprays, insurance usually covers the septum "
                "repair and related breathing work. The cosmetic part (the bump) is paid for by you.\n\n"
                "The surgeon's office should give you a written split of costs, and insurers usually want "
                "documentation before surgery. Combining both in one operation is common and sensible.",
            ),
            (
                "moreau",
                "Agree. Make sure your surgeon is experienced in both sides of the operation: a nose that looks "
                "great but breathes poorly isn't a success.",
            ),
        ),
    ),
    Q(
        ("rhinoplasty",),
        "Revision rhinoplasty at eight months?",
        "My rhinoplasty was eight months ago. There's a small bump left on the bridge and my nose turns a bit "
        "to the right. My surgeon says wait. I'm so frustrated. When is it safe to revise?",
        "29",
        "Chicago",
        "complication",
        (
            (
                "castillo",
                "I'm with your surgeon. Most surgeons wait at least twelve months, because the tissues are still "
                "changing and scar tissue is still maturing. A small residual bump on the bridge is one of the "
                "more straightforward things to revise later, sometimes with a minor procedure.\n\n"
                "Take photos monthly so you and your surgeon can compare. If trust has broken down, getting a "
                "second opinion now is reasonable, but the timing advice will be the same.",
            ),
            (
                "silva",
                "A slight turn at eight months may still improve, and some surgeons will camouflage a small "
                "irregularity with a tiny amount of filler in the meantime. That's a specialist job on a "
                "recently operated nose, so only with your surgeon's agreement.",
            ),
        ),
    ),
    Q(
        ("facelift",),
        "Facelift at 48: too young?",
        "I'm 48 and my jowls and neck bother me more than anything else. Everyone tells me I'm too young for a "
        "facelift. Is there such a thing?",
        "48",
        "Boston",
        "first_time",
        (
            (
                "moreau",
                "There's no minimum age; there's the right time for your face. Many patients in their late "
                "forties with early jowls and a good skin quality get natural, long-lasting results because "
                "there's less to correct. The recovery is also often easier.\n\n"
                "What I'd look for is a surgeon who shows you results in people your age, and who talks about "
                "the neck together with the jawline.",
            ),
            (
                "lindqvist",
                "Agree. A smaller lift in your late forties is reasonable, and you'll keep ageing from a better "
                "starting point. Just make sure you're not being sold a 'mini lift' that only tightens skin; ask "
                "what's done to the deeper tissue.",
            ),
            (
                "castillo",
                "I'll be the slightly more conservative voice: if your jowls are mild, a year or two of waiting "
                "costs you nothing and you'll be sure you want it. Surgery you're sure about heals better, "
                "in my experience.",
            ),
        ),
    ),
    Q(
        ("facelift", "neck-lift"),
        "Do I need a full facelift or just a neck lift?",
        "My face is okay but my neck has gone: loose skin and two bands when I talk. I'm 56. One surgeon "
        "quoted a neck lift, another a facelift plus neck lift. Why so different?",
        "56",
        "",
        "versus",
        (
            (
                "moreau",
                "Because the neck and the jawline are connected. Tightening the neck alone can work when the "
                "jawline is still crisp. If there's any jowling, a neck lift alone can leave a mismatch between "
                "a tight neck and a softer jaw, and most surgeons then recommend lifting both.\n\n"
                "Ask each surgeon to show you, in a mirror, what their operation would change.",
            ),
            (
                "tanaka",
                "Visible bands when you talk suggest the neck muscle needs tightening. Both plans address that. "
                "The second one also treats the jaw. Look at your profile photos at rest; if your jawline is "
                "sharp, the neck lift may be enough.",
            ),
        ),
    ),
    Q(
        ("facelift",),
        "Numb cheeks six weeks after a facelift",
        "I had a deep plane facelift six weeks ago. I look great but my cheeks and in front of my ears are "
        "still numb, and there's a tight band under my jaw. When does feeling come back?",
        "61",
        "Atlanta",
        "complication",
        (
            (
                "lindqvist",
                "Numbness is expected after a facelift; the small skin nerves are stretched or cut when the skin "
                "is lifted. Feeling usually returns gradually over three to twelve months, often with tingling "
                "or itching as it does.\n\n"
                "A firm band under the jaw is typical at six weeks and softens with time; gentle massage, if "
                "your surgeon agrees, helps. Weakness in the muscles of expression is different from numbness, "
                "so if you notice that, tell your surgeon.",
            ),
            (
                "moreau",
                "Agree. Be careful with heat on numb skin, like curling irons and hot packs, as you won't feel "
                "a burn. Most of my patients are surprised how normal things feel by six months.",
            ),
        ),
    ),
    Q(
        ("blepharoplasty",),
        "Will insurance cover upper eyelid surgery?",
        "My upper lids have drooped so much that I lift them with my fingers to read at the end of the day. "
        "I'm 63. Is this cosmetic or would insurance help with a blepharoplasty?",
        "63",
        "San Francisco",
        "cost",
        (
            (
                "chen",
                "When excess eyelid skin blocks your vision, an upper blepharoplasty is often considered "
                "functional and can be covered. Insurers usually need a visual field test showing that the "
                "upper field improves when the lids are taped up, plus photos.\n\n"
                "Also ask to be checked for ptosis (a weak lifting muscle) and brow drooping, which can look "
                "similar and are treated differently.",
            ),
            (
                "tanaka",
                "Agree. The covered part is the functional correction; if you want extra cosmetic refinement, "
                "that may be billed separately. An eyelid specialist's office will know what your insurer "
                "requires.",
            ),
        ),
    ),
    Q(
        ("blepharoplasty", "brow-lift"),
        "Heavy upper lids: blepharoplasty or a brow lift?",
        "My upper eyelids look hooded and my make-up smudges. A surgeon said part of the problem is my brows "
        "being low and suggested a brow lift too. I only wanted eyelid surgery.",
        "49",
        "San Diego",
        "versus",
        (
            (
                "chen",
                "It's an important point. If the brow has dropped, removing eyelid skin alone can pull the brow "
                "even lower and make the eye look crowded. Lift your brows with a fingertip in the mirror: if the "
                "hooding mostly disappears, the brow is part of it.\n\n"
                "Not everyone with low brows needs a brow lift, though. Some do well with a conservative "
                "eyelid operation and a small lift of the outer brow.",
            ),
            (
                "tanaka",
                "Brow position is one of the most under-diagnosed issues in eyelid consultations. Ask for a "
                "photo simulation of each option. A surgeon who checks your brow is being thorough, not selling.",
            ),
            (
                "moreau",
                "I'd add: the endoscopic brow lift scars are hidden in the hair and recovery is about ten "
                "days. If you have a high forehead, say so; it changes the technique.",
            ),
        ),
    ),
    Q(
        ("blepharoplasty",),
        "Dry, gritty eyes three weeks after blepharoplasty",
        "I had upper and lower blepharoplasty three weeks ago. My eyes feel dry and gritty, especially in the "
        "mornings, and I don't seem to close them fully when sleeping (my husband says). Is this going to "
        "get better?",
        "57",
        "",
        "complication",
        (
            (
                "chen",
                "Dryness is common in the first weeks: swelling stops the lids working normally. Not closing "
                "fully at night is also common early on and usually improves as swelling settles. Preservative-"
                "free lubricating drops by day and a gel or ointment at night protect the eye meanwhile.\n\n"
                "Please see your surgeon promptly if there's pain, light sensitivity or blurred vision that "
                "doesn't clear with blinking. And mention whether you had dry eyes before surgery.",
            ),
            (
                "tanaka",
                "Tape the eyelids closed at night if your surgeon advises it. Most patients improve over weeks "
                "to a few months. If the lower lid looks pulled down, show your surgeon; that needs attention.",
            ),
        ),
    ),
    Q(
        ("breast-augmentation",),
        "Implants under or over the muscle for a runner?",
        "I'm planning a breast augmentation and I run half-marathons. I have very little breast tissue. One "
        "surgeon recommends under the muscle, another over. What should I consider?",
        "32",
        "Los Angeles",
        "versus",
        (
            (
                "okafor",
                "With very little breast tissue, placement under the muscle gives better coverage of the implant, "
                "so edges and rippling show less. The downside is a longer recovery and some movement of the "
                "implant when the chest muscle contracts.\n\n"
                "Over the muscle has an easier recovery and no movement, but needs enough of your own tissue "
                "to hide the implant. For a slim runner I usually lean towards under the muscle, with a moderate "
                "size.",
            ),
            (
                "lindqvist",
                "Agree with Dr. Okafor. Running also affects size: larger implants bounce and pull on the tissues. "
                "Most of my runners go back to training at six weeks with a supportive sports bra.",
            ),
        ),
    ),
    Q(
        ("breast-augmentation",),
        "Breast implant illness: should I have mine removed?",
        "I've had implants for nine years. For two years I've had fatigue, joint aches and brain fog and my "
        "doctors can't find a cause. I keep reading about breast implant illness. Should I have them "
        "removed?",
        "44",
        "Chicago",
        "first_time",
        (
            (
                "okafor",
                "Many women report symptoms like yours, and some feel better after removal, though we don't yet "
                "understand why and there's no test that confirms it. I take these concerns seriously and would "
                "want your symptoms also checked by your physician for other causes, like thyroid, autoimmune "
                "conditions and sleep.\n\n"
                "If you decide to remove them, talk with your surgeon about whether to remove the capsule too, "
                "and what your breasts will look like after; some women also want a lift.",
            ),
            (
                "castillo",
                "I remove implants for this reason regularly. Some patients improve, some don't. It's reasonable "
                "to choose removal, with realistic expectations. Also ask which implants you have: textured "
                "implants carry a small risk of a rare lymphoma, which changes the discussion.",
            ),
        ),
    ),
    Q(
        ("breast-augmentation", "breast-lift"),
        "Do I need a breast lift with my implants after two kids?",
        "After breastfeeding two kids my breasts are deflated and a bit low. I want implants, but one surgeon "
        "says I also need a lift. I hate the idea of extra scars. Can an implant alone lift them?",
        "36",
        "Miami",
        "combine",
        (
            (
                "okafor",
                "An implant fills; it doesn't lift. If your nipples sit at or below the fold under your breast, "
                "an implant alone can leave the breast sitting low over the implant. If they're above the fold, "
                "an implant alone often works well.\n\n"
                "The lift scar can be just around the areola for mild cases, or longer for more lift. Ask each "
                "surgeon to measure and explain.",
            ),
            (
                "lindqvist",
                "Some surgeons do the two in separate operations to reduce risk; others combine them. Both are "
                "reasonable. Be wary of anyone promising a lifted result from an implant alone when you clearly "
                "need a lift.",
            ),
            (
                "bennett",
                "One question that changes my advice: are you finished having children? Another pregnancy can "
                "stretch the skin and move implants, and a lift done now may need redoing. If you're not sure, "
                "many of my patients wait, and those who go ahead do so knowing it.",
            ),
        ),
    ),
    Q(
        ("tummy-tuck",),
        "Tummy tuck before I'm done having kids?",
        "I'm 34 with one child and a lot of loose skin from the pregnancy. We might have another baby in a few "
        "years. Should I do a tummy tuck now or wait?",
        "34",
        "Miami",
        "first_time",
        (
            (
                "bennett",
                "Wait. A pregnancy after a tummy tuck is safe, but it stretches the skin and muscles again, and "
                "you may need a second operation. The timing most surgeons suggest is after your last "
                "pregnancy, once you've reached a weight you'll keep.",
            ),
            (
                "okafor",
                "Agree. In the meantime, a physiotherapist can help with the muscle separation, and it's worth "
                "getting a baseline exam to know what the surgery would involve later.",
            ),
            (
                "lindqvist",
                "I'd also recommend waiting. If the loose skin is really affecting your life now, a conversation "
                "about a smaller procedure is possible, but the plan should still account for future pregnancy.",
            ),
        ),
    ),
    Q(
        ("tummy-tuck",),
        "Seroma after tummy tuck: fluid drained twice already",
        "I'm four weeks out from a tummy tuck. Fluid keeps collecting above my scar and my surgeon has drained "
        "it twice with a needle. Is this normal and will it stop?",
        "45",
        "",
        "complication",
        (
            (
                "bennett",
                "Seromas are one of the commonest issues after a tummy tuck, and needle drainage is the standard "
                "first step. Most stop after a few drainages as the tissues stick together. Wear the compression "
                "garment as advised and limit activity for now.\n\n"
                "If it keeps coming back after several drainages, your surgeon may use other treatments. Fever, "
                "redness or cloudy fluid need prompt attention.",
            ),
            (
                "lindqvist",
                "Agree. It usually settles within a few weeks. Keep your surgeon informed and don't drain it "
                "yourself or let anyone unqualified do it.",
            ),
        ),
    ),
    Q(
        ("tummy-tuck", "liposuction"),
        "Tummy tuck with liposuction of the flanks: one surgery or two?",
        "I'm planning a tummy tuck and I'd also like liposuction on my flanks. Can they be done at the same "
        "time safely?",
        "41",
        "",
        "combine",
        (
            (
                "bennett",
                "They're commonly combined, and the flanks are a natural extension of the abdomen. The main "
                "considerations are total operating time and your overall health. Your surgeon will be careful "
                "with aggressive liposuction of the central abdomen during a tummy tuck, as it can affect blood "
                "supply to the skin.",
            ),
            (
                "castillo",
                "Combined is usually fine for a healthy non-smoker. If you smoke, stop well before surgery; it's "
                "one of the strongest risk factors for wound problems after a tummy tuck.",
            ),
        ),
    ),
    Q(
        ("liposuction",),
        "Lumpy, hard skin six weeks after liposuction",
        "I had liposuction of my abdomen and flanks six weeks ago. Some areas feel hard and lumpy and the skin "
        "looks uneven. My surgeon says it's normal. Will it smooth out?",
        "38",
        "Miami",
        "swelling",
        (
            (
                "bennett",
                "At six weeks, firmness and lumps are very common: that's healing tissue and swelling. Most of it "
                "softens over the next two to four months. Massage and continued compression, as your surgeon "
                "advises, help.\n\n"
                "Judge the final result at six months. If there are still real contour irregularities then, "
                "they can be addressed.",
            ),
            (
                "castillo",
                "I'd add: be patient with revisions. Many patients in my practice who wanted a touch-up at two "
                "months no longer did at six, and operating on tissue that is still healing makes "
                "irregularities worse, not better.",
            ),
        ),
    ),
    Q(
        ("brazilian-butt-lift",),
        "Is a BBL safe now? My surgeon says 'subcutaneous only'",
        "I've read the scary statistics about Brazilian butt lifts. A surgeon I saw said he injects fat only "
        "under the skin, never in the muscle, and uses ultrasound. Does that make it safe?",
        "30",
        "Miami",
        "first_time",
        (
            (
                "bennett",
                "It makes it much safer. The deaths from BBL came mostly from fat injected into or under the "
                "muscle, where it can enter large veins. Current guidance says fat goes only in the layer above "
                "the muscle, and ultrasound lets the surgeon see the cannula.\n\n"
                "Still ask: is the surgeon board-certified in plastic surgery, where is it done, and how many "
                "BBLs do they do? Be wary of very low prices and clinics that do many cases per day.",
            ),
            (
                "castillo",
                "Agree. No surgery is risk-free, and this one involves large-volume liposuction too. Choose "
                "the surgeon first and the price second.",
            ),
            (
                "lindqvist",
                "Ask about the recovery as well: weeks of not sitting directly on the buttocks and compression. "
                "Patients who plan for that heal better.",
            ),
        ),
    ),
    Q(
        ("neck-lift",),
        "Neck lift scars behind the ears: will they show?",
        "I keep my hair short. Where are the scars from a neck lift and will people see them?",
        "59",
        "",
        "first_time",
        (
            (
                "moreau",
                "Usually a short incision under the chin and one around the earlobe extending behind the ear "
                "into the hairline. With short hair the part behind the ear is what could show; a careful "
                "surgeon plans it along the hairline so it's hard to spot once healed. Scars mature over a year.",
            ),
            (
                "silva",
                "Ask to see photos of healed scars in patients with short hair. Some neck lifts can be done with "
                "only the chin incision, depending on your skin.",
            ),
        ),
    ),
    Q(
        ("botox", "brow-lift"),
        "Botox brow lift or surgery for droopy brows?",
        "My brows have dropped and make my eyes look tired. A nurse injector offered a Botox brow lift. Is it "
        "comparable to surgery?",
        "50",
        "",
        "versus",
        (
            (
                "chen",
                "A Botox brow lift raises the tail of the brow by a few millimetres by relaxing the muscle that "
                "pulls it down. It's a nice subtle lift, temporary, and doesn't treat a truly low brow. Surgery "
                "moves the brow more and lasts years.",
            ),
            (
                "haddad",
                "I do it often and patients like the freshness, but I'm clear that it's subtle and lasts three "
                "to four months. If your brow is heavy on the eyelid, the surgeon's route is the real fix.",
            ),
            (
                "tanaka",
                "A trial with toxin is a cheap way to see whether a little more lift is what you're after before "
                "committing to surgery. If you love the small change and want it to last, that's the moment "
                "to see a surgeon.",
            ),
        ),
    ),
    Q(
        ("otoplasty",),
        "Ear pinning for my 7-year-old: is it the right age?",
        "My son is being teased about his ears. He's 7 and has asked for them to be fixed. Is this an okay "
        "age for otoplasty?",
        "",
        "Phoenix",
        "first_time",
        (
            (
                "silva",
                "Yes, by five or six the ear is nearly adult size, and many children have otoplasty between five "
                "and eight. The most important thing is that the child wants it; it sounds like yours does. "
                "Recovery involves a head bandage for a few days and a headband at night for several weeks.\n\n"
                "The result is permanent. Some relapse of the correction can happen, usually in the first "
                "months, and can be fixed.",
            ),
            (
                "castillo",
                "Practical points for parents: plan a few days off school, no contact sports or swimming for "
                "about six weeks, and a headband at night that he'll need reminding to wear. Children tend to "
                "recover faster than adults and rarely need much pain relief after the first days.",
            ),
        ),
    ),
    Q(
        ("otoplasty",),
        "Otoplasty at 35: will my ears stay back?",
        "I've hated my ears my whole life. At 35, is ear pinning less successful than in kids? Do they spring back?",
        "35",
        "Boston",
        "longevity",
        (
            (
                "silva",
                "Otoplasty works well in adults. Adult cartilage is stiffer, so techniques are chosen to account "
                "for that. The result is permanent; a small amount of relapse can occur in the first few "
                "months, usually minor and correctable.",
            ),
            (
                "moreau",
                "Agree. Adults often have local anaesthetic with or without sedation, and are back at work in "
                "about a week with a headband at night.",
            ),
        ),
    ),
    Q(
        ("breast-lift",),
        "Breast lift scars: anchor or lollipop?",
        "I need a breast lift. One surgeon suggests an anchor incision and the other a lollipop. What's the "
        "difference for the result?",
        "47",
        "Los Angeles",
        "versus",
        (
            (
                "okafor",
                "The lollipop (around the areola and straight down) suits moderate sagging. The anchor adds a "
                "scar in the fold under the breast and is used when there's more excess skin. The choice follows "
                "how much skin needs removing. Scars fade over a year.",
            ),
            (
                "lindqvist",
                "The scar people worry about, the one in the fold, is usually the least visible: it sits under "
                "the breast. The vertical scar is the one to ask about. Ask each surgeon to show you results "
                "of their technique in patients who started where you are, at a year.",
            ),
        ),
    ),
    Q(
        ("breast-reduction",),
        "Can I breastfeed after a breast reduction?",
        "I'm 26 and my large breasts cause back pain and shoulder grooves. I'd like a breast reduction but I "
        "want children someday. Will I be able to breastfeed?",
        "26",
        "",
        "first_time",
        (
            (
                "okafor",
                "Many women can breastfeed after a reduction, at least partially, especially with techniques "
                "that keep the nipple attached to the tissue beneath. It can't be guaranteed, and it's worth "
                "discussing which technique your surgeon uses.",
            ),
            (
                "lindqvist",
                "Agree with Dr. Okafor. I see both choices: some women have the reduction now because the pain "
                "limits their life, others wait until after children because pregnancy changes the breasts "
                "anyway. Both are reasonable; your back and your plans decide.",
            ),
        ),
    ),
    Q(
        ("breast-reduction",),
        "My insurance denied my breast reduction. What now?",
        "I've had neck and back pain for years. My insurer denied a breast reduction saying I didn't meet "
        "the tissue weight required. Any advice?",
        "39",
        "",
        "cost",
        (
            (
                "okafor",
                "Insurers often require a minimum amount of tissue removed and documented conservative treatment "
                "such as physiotherapy. An appeal with letters from your doctors and physio records can succeed.",
            ),
            (
                "bennett",
                "If the appeal fails, many practices offer a self-pay price. Compare the all-in figure, "
                "including the anaesthetist and the facility, as surgeon's fees alone can look misleadingly low.",
            ),
        ),
    ),
    Q(
        ("chin-implant",),
        "My chin implant feels like it's shifted",
        "I had a chin implant placed three months ago. It looks slightly off-centre when I smile. Could it have moved?",
        "33",
        "",
        "complication",
        (
            (
                "silva",
                "Swelling can make the chin look uneven for a few months, especially when you smile. A true "
                "shift is uncommon. Your surgeon can check its position by feeling it and, if needed, with an "
                "X-ray.",
            ),
            (
                "moreau",
                "If it has truly moved, it can usually be repositioned through the same incision. I'd wait until "
                "the swelling has settled, around three months, unless there's redness, warmth or fluid, which "
                "need to be seen sooner.",
            ),
        ),
    ),
    # --- Skin care --------------------------------------------------------------------------------------
    Q(
        ("chemical-peel",),
        "Medium-depth chemical peel for melasma: good idea?",
        "I have melasma on my cheeks and upper lip that got worse after my second pregnancy. I have olive "
        "skin that tans easily. A spa suggests a medium TCA peel to 'reset' it. Is that a good idea?",
        "38",
        "Seattle",
        "first_time",
        (
            (
                "raman",
                "I'd be cautious. Melasma tends to darken after anything that inflames the skin, and a medium-"
                "depth peel is quite inflammatory, particularly on olive and deeper skin. I've seen many "
                "'reset' peels leave melasma darker three months later.\n\n"
                "What works better: a daily tinted mineral sunscreen (the iron oxides block visible light, which "
                "also drives melasma), a prescription lightening cream, and, in a series, gentle superficial "
                "peels once the skin is prepared. Some patients also benefit from an oral medicine your doctor "
                "can discuss with you. Melasma is managed rather than cured, so choose a plan you can keep up.",
            ),
            (
                "osei",
                "Agree with Dr. Raman. If you do peel, ask for a series of light peels (glycolic or salicylic), "
                "after four to six weeks of preparing the skin with a lightening cream, and stop at the first "
                "sign of irritation. Hormones matter too: melasma that flared with pregnancy often stays "
                "sensitive to hormonal contraception.",
            ),
            (
                "ruiz",
                "One thing patients find surprising: the summer undoes the winter's work. I plan melasma "
                "treatments from autumn to spring, and even a sunny car commute counts, so the sunscreen goes "
                "on every day, rain or shine.",
            ),
        ),
    ),
    Q(
        ("chemical-peel", "tretinoin"),
        "Do I need to stop tretinoin before a chemical peel?",
        "I use tretinoin 0.05% every night and I'm booked for a glycolic peel next Thursday. Should I stop, "
        "and for how long? The clinic's email didn't say.",
        "33",
        "Washington",
        "first_time",
        (
            (
                "osei",
                "Usually yes: most clinics ask you to stop three to seven days before a peel, because a retinoid "
                "thins the outer layer and the acid goes deeper than intended. Call the clinic to confirm their "
                "instructions, since they differ by peel. Restart once the skin has stopped flaking, often a "
                "week after.",
            ),
            (
                "ruiz",
                "Worth a phone call rather than a guess: some practices use tretinoin on purpose in the weeks "
                "before certain peels to help them penetrate evenly, and then stop it just before. Either way, "
                "tell them exactly what you use, including any exfoliating acids or scrubs.",
            ),
        ),
    ),
    Q(
        ("microneedling",),
        "At-home microneedling pen vs a clinic: is it worth the money?",
        "I bought a dermaroller and a serum online for $40. A clinic charges $350 a session for microneedling. "
        "Is the professional version really that different?",
        "27",
        "",
        "first_time",
        (
            (
                "osei",
                "Yes. Home rollers use short needles that barely reach the layer where collagen is made, so the "
                "effect is mostly on how products absorb. Clinic devices go deeper, in a sterile setting, with "
                "settings adjusted to each area. The main risks at home are infection and irritation, and "
                "rollers can't be properly sterilised between uses.",
            ),
            (
                "haddad",
                "The serum worries me more than the roller. I regularly see rashes and bumps from products that "
                "were never meant to go through the skin. If you do use a roller, keep it very gentle and pair "
                "it with plain, fragrance-free products. For scars, save the money for a few professional "
                "sessions.",
            ),
        ),
    ),
    Q(
        ("microneedling", "prp-facial"),
        "Is PRP worth the extra $400 over plain microneedling?",
        "My clinic offers microneedling for $300 a session or with PRP (the vampire facial) for $700. I have "
        "shallow acne scars and some texture. Is the PRP worth it?",
        "36",
        "",
        "cost",
        (
            (
                "raman",
                "Some small studies suggest PRP adds a modest benefit to microneedling for acne scars, and "
                "others show little difference. For shallow scars and texture, I'd start with plain "
                "microneedling, three or four sessions, and judge from photos. If you plateau, PRP is one "
                "of several ways to add to it.",
            ),
            (
                "adeyemi",
                "The maths matters here: for the price of three PRP sessions you could have six or seven "
                "plain ones, and for most scars more sessions beat fewer fancier ones. Some patients feel they "
                "heal faster with PRP. That's real to them, but it isn't a reason to stretch your budget.",
            ),
            (
                "ruiz",
                "I'll disagree slightly with my colleagues: for some patients, especially those with a lot of "
                "redness after each session, I do think PRP speeds recovery. But it's an extra, not the "
                "treatment, and I'd never let it be the reason you do fewer sessions.",
            ),
        ),
    ),
    Q(
        ("hydrafacial", "dermaplaning"),
        "Hydrafacial or dermaplaning a week before my wedding?",
        "My wedding is in ten days and I want my skin to glow for the photos. I've never had either. Should I "
        "book a Hydrafacial or dermaplaning, or is it too close?",
        "29",
        "",
        "event",
        (
            (
                "haddad",
                "Congratulations! Either is low-risk with a week to spare, but the rule before a wedding is "
                "nothing new and nothing strong. Since you've never had either, I'd pick the Hydrafacial five to "
                "seven days before: it's gentle, the glow lasts about a week, and any pinkness is gone within "
                "hours.",
            ),
            (
                "adeyemi",
                "Dermaplaning makes make-up sit beautifully, which matters for photos, but on skin that has never "
                "had it there's a small chance of irritation or a breakout. If you want to try it, do it this "
                "week rather than the day before, and skip retinoids and acids for a few days afterwards.",
            ),
        ),
    ),
    Q(
        ("tretinoin",),
        "Tretinoin purge at five weeks: when does it stop?",
        "I started tretinoin 0.025% five weeks ago for acne and fine lines. My skin is peeling around my nose "
        "and I have more breakouts than before. Is this the purge and how long does it last?",
        "30",
        "Washington",
        "complication",
        (
            (
                "osei",
                "An early flare is common in the first six to eight weeks as the retinoid speeds up skin "
                "turnover, and it typically settles by around three months. Peeling around the nose usually "
                "means too much product or too often. Drop to every other night, use a pea-sized amount for the "
                "whole face, and apply a plain moisturiser first if you need to.",
            ),
            (
                "ruiz",
                "Agree. Keep the corners of the nose, the mouth and the eyes lighter, since they irritate first. "
                "If your skin is raw, painful or swollen, that's irritation rather than a purge: stop for a few "
                "days and talk to whoever prescribed it.",
            ),
            (
                "raman",
                "For anyone with medium or deeper skin reading this: irritation from a retinoid can leave dark "
                "marks that last longer than the breakouts. Go slow from the start.",
            ),
        ),
    ),
    Q(
        ("tretinoin",),
        "Should I stop tretinoin while trying to conceive?",
        "My husband and I are starting to try for a baby. I've used tretinoin for about six years for acne and "
        "it's the only thing that keeps my skin clear. Do I need to stop now, or only once I'm pregnant?",
        "33",
        "",
        "first_time",
        (
            (
                "osei",
                "Most dermatologists, me included, recommend stopping topical retinoids when you start trying, "
                "rather than waiting for a positive test. Very little is absorbed through the skin, but we don't "
                "have the safety data we'd want, and the early weeks of pregnancy are the ones that matter. "
                "Azelaic acid is a good substitute for acne and marks. Let your OB know your plan too.",
            ),
            (
                "ruiz",
                "Agree. It's a precaution, not a sign that something is known to be harmful. Many of my patients "
                "use azelaic acid and a gentle benzoyl peroxide wash through pregnancy and do fine; some acne "
                "returns, and it can be managed.",
            ),
        ),
    ),
    Q(
        ("microdermabrasion", "chemical-peel"),
        "Microdermabrasion or a light chemical peel for dull skin?",
        "My skin looks dull and my pores look bigger than they used to. The clinic near me offers both "
        "microdermabrasion and light chemical peels at similar prices. Which would you pick?",
        "40",
        "",
        "versus",
        (
            (
                "haddad",
                "For dullness alone, either helps for a few weeks. For pores and uneven tone, a series of light "
                "peels usually does a bit more, because the acid works evenly across the skin rather than "
                "polishing the surface. Microdermabrasion is the quick, no-downtime option.",
            ),
            (
                "osei",
                "I'd add that pores look bigger as skin loses firmness and with oil, and a nightly retinoid does "
                "more for both than any single procedure. Think of peels or microdermabrasion as a boost on top "
                "of a good routine, not instead of it.",
            ),
        ),
    ),
    Q(
        ("dermaplaning",),
        "Will dermaplaning make my facial hair grow back thicker?",
        "I'd love to try dermaplaning because make-up clings to the fine hair on my cheeks, but I'm scared "
        "the peach fuzz will grow back darker and thicker.",
        "28",
        "",
        "first_time",
        (
            (
                "ruiz",
                "It won't. Removing a hair at the surface, whether by blade or razor, doesn't change the follicle, "
                "so it can't make the hair thicker or darker. The regrowth has a blunt tip rather than a tapered "
                "one, so it can feel slightly different for a few days, and that's where the myth comes from.",
            ),
            (
                "haddad",
                "Agree. One caveat: if you have coarse, dark hair on the chin or jawline rather than fine fuzz, "
                "that's worth mentioning to a doctor, as it can have a hormonal cause. Dermaplaning is for the "
                "fine vellus hair.",
            ),
        ),
    ),
    Q(
        ("led-light-therapy",),
        "Are at-home LED masks worth it for acne?",
        "LED masks are all over my feed. They're $300-400. Do they actually help acne, or should I spend that "
        "money elsewhere?",
        "24",
        "",
        "first_time",
        (
            (
                "osei",
                "Blue and red light have some evidence for mild inflammatory acne, but the effect is modest and "
                "home masks are weaker than clinic devices. For the same money, a few visits to a "
                "dermatologist and a prescription plan (a retinoid, benzoyl peroxide, sometimes more) will do "
                "far more.",
            ),
            (
                "raman",
                "If you buy one anyway, choose one with published testing, follow the time limits, and protect "
                "your eyes. Treat it as an extra, and don't stop treatments that are working for it.",
            ),
        ),
    ),
    # --- Dental -----------------------------------------------------------------------------------------
    Q(
        ("porcelain-veneers",),
        "Veneers at 25: will I regret shaving my teeth?",
        "I have small, slightly yellow teeth and a few uneven edges. I really want veneers, but everyone says "
        "they're forever and I'll need replacements all my life. I'm 25. Will I regret it?",
        "25",
        "Minneapolis",
        "first_time",
        (
            (
                "kowalski",
                "It's the right question to ask at 25. Most porcelain veneers need some enamel removed, which "
                "can't be undone, and even good veneers are usually replaced every ten to fifteen years, so you'd "
                "be signing up for several rounds.\n\n"
                "For small, yellowish teeth with uneven edges, I'd try professional whitening and bonding on the "
                "edges first. It's cheaper, reversible, and many patients are happy enough to stop there.",
            ),
            (
                "romano",
                "I'd add orthodontics to the list: teeth often look small or uneven because of how they're "
                "positioned, and straightening them first can mean fewer veneers, or thinner ones with "
                "minimal or no preparation. A digital mock-up lets you see each option on your own smile "
                "before anything is done.",
            ),
        ),
    ),
    Q(
        ("teeth-whitening", "porcelain-veneers"),
        "Should I have teeth whitening before getting veneers?",
        "I'm getting four veneers on my top front teeth next month. My other teeth are a bit yellow. Do I need "
        "to whiten them first?",
        "38",
        "Philadelphia",
        "combine",
        (
            (
                "romano",
                "Yes, and the order matters. Porcelain doesn't change colour, so we match the veneers to your "
                "teeth as they'll be. Whiten to the shade you want, wait about two weeks for the colour to "
                "settle, then we choose the veneer shade. Plan the occasional whitening touch-up afterwards to "
                "keep the neighbouring teeth matching.",
            ),
            (
                "kowalski",
                "Agree. Patients who skip this step sometimes find their natural teeth look yellower next to "
                "bright new veneers, and there's no fixing that on the porcelain side without replacing it.",
            ),
        ),
    ),
    Q(
        ("teeth-whitening",),
        "Whitening sensitivity: am I damaging my enamel?",
        "I'm on day four of whitening trays from my dentist and my teeth zing when I drink anything cold. Am I "
        "damaging my enamel? Should I stop?",
        "31",
        "",
        "first_time",
        (
            (
                "kowalski",
                "Sensitivity during whitening is common, temporary, and not a sign of damage: the peroxide passes "
                "through the enamel and irritates the nerve for a while. Used as directed, professional "
                "whitening doesn't harm enamel.\n\n"
                "Take a day or two off, use a toothpaste for sensitive teeth in the trays for ten minutes, then "
                "resume with shorter sessions. If one tooth hurts a lot more than the others, call your dentist.",
            ),
            (
                "romano",
                "Shorter wear times every day work as well as long sessions for many people, with less "
                "sensitivity. Avoid very cold or acidic drinks during the course, and don't use extra gel in "
                "the trays: more gel doesn't mean whiter teeth, just more irritation.",
            ),
        ),
    ),
    Q(
        ("invisalign",),
        "Invisalign at 45: is it too late?",
        "My bottom teeth have crowded over the years and a top tooth has started to stick out. I'm 45. Am I too "
        "old for Invisalign? Will my teeth still move?",
        "45",
        "Philadelphia",
        "first_time",
        (
            (
                "romano",
                "Not at all: healthy teeth move at any age, and a good share of my aligner patients are in their "
                "forties and fifties. What matters more than age is the health of your gums and the bone around "
                "the teeth, so we check that first with an exam and X-rays.\n\n"
                "A tooth starting to stick out in adulthood can be a sign of gum disease or bite changes, "
                "which is another reason to have it looked at.",
            ),
            (
                "kowalski",
                "The one commitment people underestimate is the retainer. Teeth keep drifting throughout life, "
                "which is why yours crowded, so plan on a retainer at night for the long term.",
            ),
        ),
    ),
    Q(
        ("invisalign", "dental-bonding"),
        "Close the gap between my front teeth with Invisalign or bonding?",
        "I have a gap of about 2 mm between my two front teeth. My dentist offered bonding in one visit, "
        "another practice suggested Invisalign first. Which makes more sense?",
        "27",
        "",
        "versus",
        (
            (
                "romano",
                "For 2 mm it depends on the rest of the smile. If the teeth are well sized and the gap is the only "
                "issue, bonding adds a little width to each tooth and closes it in one visit. If the front teeth "
                "are already wide, bonding makes them look chunky; moving them together with aligners, and "
                "sometimes bonding a small remaining space afterwards, looks more natural.",
            ),
            (
                "kowalski",
                "Also ask why the gap is there. A low attachment of the lip to the gum between the teeth, or "
                "gum disease, can reopen a gap whatever you do. If it has been there since childhood and is "
                "stable, bonding is a fine, reversible first step.",
            ),
        ),
    ),
    Q(
        ("dental-bonding",),
        "The bonding on my front teeth is staining. What can I do?",
        "I had bonding on two chipped front teeth three years ago. They've gone slightly darker than the rest, "
        "I think from coffee. Can they be whitened?",
        "42",
        "",
        "longevity",
        (
            (
                "kowalski",
                "Composite resin picks up stains more than enamel, especially at the edges, and whitening gel "
                "doesn't lighten it. A professional polish often removes the surface stain. If the resin itself "
                "has darkened, the outer layer can be refreshed in one visit without touching the tooth. If "
                "you're whitening your natural teeth, do that first and then match the bonding.",
            ),
        ),
    ),
    Q(
        ("gum-contouring", "botox"),
        "Gummy smile: Botox or gum contouring?",
        "I show a lot of gum when I smile and my front teeth look short. An injector offered Botox, my dentist "
        "mentioned gum contouring. How do I know which one I need?",
        "28",
        "",
        "versus",
        (
            (
                "romano",
                "It depends on why the gum shows. If your teeth look short because gum covers part of them, gum "
                "contouring (sometimes with a little bone reshaping) gives the tooth its full length, and it's "
                "permanent. If your teeth are normal length but your upper lip rises very high when you smile, "
                "that's muscle, and Botox helps. Many people have a bit of both.",
            ),
            (
                "kowalski",
                "A dental exam answers it quickly: we measure the teeth and probe where the bone sits under the "
                "gum. If the bone is close to the edge of the gum, a laser alone isn't enough, and it needs a "
                "minor periodontal procedure instead.",
            ),
            (
                "haddad",
                "From the injector side: Botox for a gummy smile is a small dose either side of the nose, lasts "
                "three to four months, and can make the smile a little less wide if overdone. It's a good option "
                "when the lip is the cause, and a neat way to preview a change.",
            ),
        ),
    ),
    Q(
        ("gum-contouring", "porcelain-veneers"),
        "Why gum contouring before my veneers?",
        "My dentist has planned gum contouring two months before placing six veneers. I didn't ask for work "
        "on my gums. Why is it needed?",
        "35",
        "",
        "combine",
        (
            (
                "romano",
                "Veneers are shaped to the gum line. If the gums sit unevenly, say one tooth looks shorter, the "
                "veneers have to copy that unevenness or look oddly proportioned. Setting the gum line first "
                "gives teeth of the right length and symmetry, and the two months let the gums settle to their "
                "final position before the veneers are made. Ask to see the smile design that shows why.",
            ),
        ),
    ),
]
