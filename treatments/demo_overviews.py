"""The demo treatments' overviews, as the editors of a medical-aesthetics site write them for each hub.

Typical facts in plain words, agreeing with the facts the other demo seeders quote (`treatments.demo`):
what a patient would want to read before a consultation, not advice. Each is signed off by a demo doctor
who performs the treatment (the doctors' roster in `doctors.demo`; `tests/treatments` checks the pairing),
named here in words because the catalogue sits below the doctors' app.
"""

from dataclasses import dataclass

# The demo doctors who review overviews: roster key -> (name as shown, credential as shown).
REVIEWERS = {
    "ruiz": ("Dr. Ana Ruiz", "board-certified dermatologist"),
    "raman": ("Dr. Priya Raman", "board-certified dermatologist"),
    "osei": ("Dr. Imani Osei", "board-certified dermatologist"),
    "lindqvist": ("Dr. Grace Lindqvist", "board-certified plastic surgeon"),
    "bennett": ("Dr. Marcus Bennett", "board-certified plastic surgeon"),
    "okafor": ("Dr. Helen Okafor", "board-certified plastic surgeon"),
    "castillo": ("Dr. Tomás Castillo", "board-certified plastic surgeon"),
    "moreau": ("Dr. Leila Moreau", "board-certified facial plastic surgeon"),
    "tanaka": ("Dr. Kenji Tanaka", "board-certified facial plastic surgeon"),
    "chen": ("Dr. Mei Chen", "oculoplastic surgeon, board-certified ophthalmologist"),
    "silva": ("Dr. Rafael Silva", "board-certified ENT and facial plastic surgeon"),
    "kowalski": ("Dr. Daniel Kowalski", "DDS, cosmetic dentist"),
    "romano": ("Dr. Sofia Romano", "DMD, cosmetic dentist"),
}


@dataclass(frozen=True)
class Overview:
    """One hub's overview: the sections, the facts at a glance and who reviewed it."""

    reviewer: str  # a key of REVIEWERS
    what: str
    how: str
    downtime: str
    results: str
    risks: str
    suits: str
    glance: tuple[str, str, str]  # downtime, results last, sessions: a few words each


OVERVIEWS: dict[str, Overview] = {
    "botox": Overview(
        reviewer="ruiz",
        what="Botox (onabotulinumtoxinA) is a purified botulinum toxin injected in tiny doses to soften the lines "
        "that movement makes: frown lines between the brows, forehead lines and crow's feet. The same medicine "
        "is used for heavy sweating, jaw clenching and chronic migraine.",
        how="It blocks the signal from nerve to muscle, so the treated muscle relaxes and the skin over it creases "
        "less. An appointment takes ten to fifteen minutes: a few small injections with a very fine needle, "
        "usually with no numbing.",
        downtime="Little or none. Small bumps at the injection points settle within the hour, and a bruise is "
        "possible. Injectors usually ask you to stay upright for about four hours and to skip hard exercise "
        "and rubbing the area for the rest of the day.",
        results="It starts to work in three to seven days and reaches its full effect at about two weeks, which "
        "is when a top-up is judged. The effect lasts three to four months as the nerve endings recover; some "
        "people find it lasts a little longer after several treatments.",
        risks="Common: redness, a mild headache or a small bruise. Less common: a drooping eyelid or brow, or an "
        "uneven or heavy look when the dose or placement is off; these wear off with the toxin, over weeks. "
        "Spread that affects swallowing or breathing is very rare at cosmetic doses.",
        suits="Adults bothered by lines that appear when they frown, raise their brows or squint. It does little "
        "for lines etched in at rest or for loose skin. It is not given in pregnancy or while breastfeeding, or "
        "to people with nerve and muscle conditions such as myasthenia gravis.",
        glance=("None", "3 to 4 months", "1, then every 3 to 4 months"),
    ),
    "dysport": Overview(
        reviewer="osei",
        what="Dysport (abobotulinumtoxinA) is a botulinum toxin used, like Botox, to relax the muscles behind "
        "frown lines, forehead lines and crow's feet.",
        how="Injected in small doses, it blocks the nerve signal that makes the muscle contract. Its units are "
        "not the same as Botox units (roughly two and a half Dysport units do the work of one), so a higher "
        "number on the bill does not mean a stronger dose.",
        downtime="None to speak of: small bumps for an hour and sometimes a bruise. The usual advice is to stay "
        "upright for a few hours and avoid hard exercise that day.",
        results="Many people notice it working in two to five days, a day or so sooner than Botox, with the full "
        "effect at about two weeks. It lasts three to four months.",
        risks="The same as other toxins: redness, headache and bruising are common; a heavy brow or drooping "
        "eyelid is uncommon and wears off over weeks. It spreads a little more widely than Botox, which suits "
        "broad areas like the forehead but calls for care near the eyes.",
        suits="Adults with movement lines, including those whose Botox seems to wear off quickly and want to "
        "try another toxin. Not given in pregnancy, while breastfeeding, or with nerve and muscle disorders.",
        glance=("None", "3 to 4 months", "1, then every 3 to 4 months"),
    ),
    "masseter-botox": Overview(
        reviewer="ruiz",
        what="Botulinum toxin injected into the masseters, the chewing muscles at the angle of the jaw, to ease "
        "clenching and grinding and to slim a square lower face.",
        how="Relaxing a large, overworked muscle makes it shrink over the following weeks, which narrows the jaw "
        "and takes the force out of grinding. The doses are larger than for frown lines, a few injections on "
        "each side.",
        downtime="None. Chewing can feel weaker for a few weeks, mostly with tough or chewy food.",
        results="Relief from clenching comes within one to two weeks; the slimming shows over six to eight weeks, "
        "as the muscle shrinks. It lasts four to six months, and often longer after several treatments.",
        risks="Bruising and tenderness are common. Uncommon: an uneven smile if toxin reaches the smile muscles, "
        "or a small hollow below the cheekbone after repeated treatment; both settle as it wears off.",
        suits="People with a square jaw from muscle rather than bone or fat, and those who clench or grind. A "
        "dentist should check the teeth and bite too; it does not replace a night guard when one is needed.",
        glance=("None", "4 to 6 months", "1, then every 4 to 6 months"),
    ),
    "lip-flip": Overview(
        reviewer="lindqvist",
        what="A lip flip is a few units of botulinum toxin placed along the border of the upper lip, so that the "
        "lip rolls slightly outward and shows a little more when you smile. It adds no volume.",
        how="The toxin relaxes the edge of the muscle that circles the mouth, which lets the lip turn up instead "
        "of curling in. The injections take a couple of minutes.",
        downtime="None, though drinking through a straw, whistling or saying 'p' and 'b' sounds can feel odd for "
        "a week or two.",
        results="It shows in three to seven days, with the full effect at about two weeks. Because the dose is "
        "small and the muscle moves all the time, it lasts only six to eight weeks for most people.",
        risks="A little swelling or a bruise. Too much relaxation can make the lip hard to purse or let drinks "
        "dribble for a few weeks; this passes as the toxin wears off.",
        suits="People who want a slightly fuller-looking upper lip or a less gummy smile without filler. It will "
        "not give real volume; that is a job for filler.",
        glance=("None", "6 to 8 weeks", "1, repeated as wished"),
    ),
    "lip-filler": Overview(
        reviewer="lindqvist",
        what="Lip filler is a soft hyaluronic acid gel (brands such as Juvederm and Restylane) injected to add "
        "volume, define the lip border or correct unevenness. Hyaluronic acid is a sugar the body makes itself, "
        "and it can be dissolved.",
        how="The gel is placed with a fine needle or a blunt cannula, drop by drop, and binds water to plump the "
        "lip. Most fillers contain lidocaine, and a numbing cream or a dental block makes it bearable.",
        downtime="Two to four days of swelling, worst the morning after, and sometimes bruising. Lumps can be "
        "felt at first and usually smooth out as it settles.",
        results="You see the change straight away, but the true result shows once the swelling has gone, at about "
        "two weeks. It lasts six to twelve months, longer in some people.",
        risks="Swelling, bruising and tenderness are common; cold sores can flare in those who get them. Rare but "
        "serious: filler blocking a blood vessel, which shows as pain and pale or dusky skin and needs "
        "dissolving at once. An injector who keeps hyaluronidase on hand and knows the anatomy matters.",
        suits="Adults who want a little more volume or shape, or to restore lips that have thinned with age. "
        "Small, gradual amounts give the most natural results. Not during pregnancy or an active cold sore.",
        glance=("2 to 4 days", "6 to 12 months", "1, sometimes a top-up"),
    ),
    "cheek-filler": Overview(
        reviewer="lindqvist",
        what="Cheek filler is a firmer hyaluronic acid gel (such as Voluma) placed over the cheekbones to restore "
        "mid-face volume lost with age, or to add a little definition.",
        how="The filler is placed deep, close to the bone, with a needle or a cannula. Lifting the cheek can also "
        "soften the folds beside the nose and the hollows under the eyes.",
        downtime="A few days of mild swelling and tenderness, occasionally a bruise. Sleeping on your back for a "
        "couple of nights helps.",
        results="Visible straight away, settling over two weeks. Cheek fillers are among the longest lasting: "
        "twelve to eighteen months, sometimes two years.",
        risks="Swelling, tenderness and bruising are common; lumps or asymmetry can be adjusted or dissolved. "
        "Rare but serious: a blocked blood vessel, which needs treatment at once.",
        suits="People whose cheeks have flattened with age or weight loss. Overfilling is the usual mistake: a "
        "good injector builds slowly, sometimes over two sessions.",
        glance=("A few days", "12 to 18 months", "1 or 2"),
    ),
    "under-eye-filler": Overview(
        reviewer="chen",
        what="Under-eye (tear trough) filler is a soft hyaluronic acid gel placed in the hollow between the lower "
        "eyelid and the cheek to soften a tired, shadowed look.",
        how="A small amount of filler is laid deep along the bone, usually with a blunt cannula, to fill the "
        "groove. Technique and product choice matter more here than almost anywhere on the face: the skin is "
        "thin and the area swells easily.",
        downtime="A few days of puffiness and a real chance of bruising, which can take a week or two to fade.",
        results="It shows straight away, with the final look at about two weeks. It lasts nine months to well over "
        "a year, and under the eyes filler can linger for years.",
        risks="Bruising and swelling are common. A bluish tint (the Tyndall effect) or lasting puffiness comes "
        "from filler placed too shallow or too much of it; both can be dissolved. Filler in a blood vessel near "
        "the eye is rare but can threaten sight, which is why the injector's training matters.",
        suits="People with a hollow under the eye and good skin quality. It does not fix puffy bags from fat or "
        "fluid, which filler can make worse; lower eyelid surgery may be the better answer then.",
        glance=("A few days", "9 to 18 months", "1, sometimes a top-up"),
    ),
    "jawline-filler": Overview(
        reviewer="moreau",
        what="Jawline filler is a firm hyaluronic acid gel (or calcium hydroxylapatite) placed along the jaw and "
        "chin to sharpen the profile and define the line between jaw and neck.",
        how="The filler is placed on the bone at the angle of the jaw and along its edge, with needle or cannula. "
        "A defined jaw often takes several syringes, so cost adds up.",
        downtime="A few days of tenderness when chewing, with some swelling and bruising.",
        results="Visible straight away. It lasts twelve to eighteen months, sometimes longer, because the jaw "
        "moves little.",
        risks="Tenderness, swelling and bruising; unevenness that can be adjusted. Rare: a blocked blood vessel "
        "or infection. Too much filler can make the lower face look heavy and wide.",
        suits="People with a soft or receding jawline and reasonable skin tone. Sagging jowls or a lot of fat under "
        "the chin usually need another approach, such as a neck lift or fat reduction.",
        glance=("A few days", "12 to 18 months", "1 or 2"),
    ),
    "chin-filler": Overview(
        reviewer="silva",
        what="Chin filler is a firm hyaluronic acid gel that lengthens or projects the chin to balance the "
        "profile, without surgery.",
        how="The filler is placed on the bone at the front of the chin, usually one or two syringes. It can "
        "be tried first to see whether a stronger chin suits you before thinking about an implant.",
        downtime="Two or three days of tenderness and swelling, sometimes a bruise.",
        results="Visible straight away, settling over two weeks. It lasts twelve to eighteen months.",
        risks="Swelling, bruising and tenderness are common; a lump or asymmetry can be adjusted or dissolved. A "
        "blocked blood vessel is rare but needs treatment at once.",
        suits="People with a mildly small or receding chin. A very small chin, or one that goes with a bite "
        "problem, may be better served by an implant or jaw surgery.",
        glance=("2 to 3 days", "12 to 18 months", "1"),
    ),
    "kybella": Overview(
        reviewer="ruiz",
        what="Kybella (deoxycholic acid) is an injectable that permanently destroys fat cells under the chin. It is "
        "a copy of a substance the body uses to digest fat.",
        how="Many small injections are placed in a grid under the chin. The acid breaks down the walls of fat "
        "cells, and the body clears them over the following weeks.",
        downtime="The most of any injectable: a week or more of marked swelling under the chin (the 'bullfrog' "
        "look), bruising, and numbness that can last several weeks.",
        results="The change builds gradually over six to eight weeks after each session, and most people need two "
        "to four sessions. The fat cells treated are gone for good, as long as your weight stays stable.",
        risks="Swelling, pain, bruising, numbness and firmness are common. Uncommon: injury to the nerve of the "
        "lower lip, which gives an uneven smile for weeks to months, and trouble swallowing. Ulcers at the "
        "injection sites are rare.",
        suits="People with a moderate pocket of fat under the chin and good skin elasticity. Loose skin, or fat "
        "deep under the muscle, will not improve; liposuction or a neck lift may suit better.",
        glance=("1 to 2 weeks of swelling", "Permanent", "2 to 4, 6 weeks apart"),
    ),
    "sculptra": Overview(
        reviewer="raman",
        what="Sculptra is poly-L-lactic acid, an injectable that stimulates the skin to make its own collagen. "
        "It restores volume gradually across the temples, cheeks and jaw rather than filling one line.",
        how="The powder is mixed with water and lidocaine and injected deep in the face. The liquid is absorbed "
        "within days and the particles prompt new collagen over the following months. Massaging the area "
        "several times a day for a few days afterwards helps it spread evenly.",
        downtime="A day or two of swelling and sometimes bruising. The swelling goes down before the real result "
        "builds, so the face looks much as before for a while.",
        results="Slow: the change shows over three to six months, after a series of two or three sessions four "
        "to six weeks apart. It lasts about two years.",
        risks="Bruising, tenderness and swelling. Small lumps (nodules) under the skin are the main risk, more "
        "likely near the lips and eyes; most are felt rather than seen.",
        suits="People with gradual, all-over volume loss who prefer a slow, subtle change. Not for someone who "
        "wants an instant result before an event.",
        glance=("1 to 2 days", "About 2 years", "2 or 3, 4 to 6 weeks apart"),
    ),
    "radiesse": Overview(
        reviewer="lindqvist",
        what="Radiesse is a filler made of calcium hydroxylapatite microspheres in a gel. It adds volume at once "
        "and also stimulates collagen, and is used along the jawline and cheeks and on the backs of the hands.",
        how="The gel is injected deep with a needle or cannula; as the gel is absorbed, collagen forms around "
        "the microspheres. Diluted, it is used to thicken and firm thin skin.",
        downtime="A few days of swelling and possibly bruising; the hands can be puffy for a week.",
        results="Visible straight away, with the collagen effect building over a few months. It lasts twelve to "
        "eighteen months.",
        risks="Swelling, bruising and tenderness. Lumps are possible and, unlike hyaluronic acid filler, Radiesse "
        "cannot be dissolved with an enzyme. Not used in the lips or under the eyes.",
        suits="People wanting structure in the jaw or cheeks, or fuller, smoother backs of the hands. Those who "
        "want the option of dissolving the filler should choose hyaluronic acid instead.",
        glance=("A few days", "12 to 18 months", "1"),
    ),
    "sclerotherapy": Overview(
        reviewer="ruiz",
        what="Sclerotherapy treats spider veins and small varicose veins, mostly on the legs, by injecting a "
        "solution that closes them.",
        how="A tiny needle delivers a sclerosant (such as polidocanol) into the vein. It irritates the vein lining "
        "so the vein collapses, scars shut and is absorbed; blood reroutes through healthy veins. Compression "
        "stockings are worn for one to three weeks afterwards.",
        downtime="You walk out and can work the same day; walking is encouraged. Bruising and raised, itchy spots "
        "along the veins are common for a week or two, and strenuous exercise is paused for a few days.",
        results="Veins fade over three to six weeks for spider veins and three to four months for larger ones. "
        "Treated veins are gone, but new ones tend to appear over the years.",
        risks="Bruising and brown staining along the vein, which usually fades over months. Clusters of tiny new "
        "veins (matting) can form. Rare: a skin ulcer at the injection site, or a clot in a deeper vein.",
        suits="People with spider or small varicose veins. Larger, bulging varicose veins need an ultrasound "
        "first, because a leaking valve higher up is often treated before the small veins.",
        glance=("None; stockings 1 to 3 weeks", "Treated veins go for good", "2 to 4, a month apart"),
    ),
    "fraxel-laser": Overview(
        reviewer="raman",
        what="Fraxel is a fractional laser that resurfaces the skin to improve acne scars, fine lines, enlarged "
        "pores, sun damage and uneven pigment. The non-ablative version leaves the surface intact, so recovery "
        "is days rather than weeks.",
        how="The laser makes thousands of microscopic columns of heat in the skin and leaves the skin between "
        "them untouched, which heals the columns quickly and lays down new collagen. Numbing cream goes on an "
        "hour before; a session takes about twenty to thirty minutes.",
        downtime="Three to five days of redness, swelling and a sandpaper feel, then about a week of fine "
        "flaking. Most people take a few days away from meetings rather than time off work.",
        results="The skin looks fresher within a couple of weeks, and collagen keeps building for about three "
        "months after the last session. Improvement in scars lasts years, as long as you protect your skin from "
        "the sun.",
        risks="Redness, swelling and flaking are expected. Less common: acne flares, cold sores (an antiviral is "
        "given to those prone to them) and darkening of the skin, more likely in deeper skin tones, which "
        "calls for lower settings and a doctor experienced with them. Scarring is rare.",
        suits="People with acne scars, sun damage or texture who can allow a few social days per session. It is "
        "not done on tanned skin or during an active acne or cold sore flare.",
        glance=("3 to 7 days", "Years for scars", "3 to 5, 4 to 6 weeks apart"),
    ),
    "co2-laser-resurfacing": Overview(
        reviewer="tanaka",
        what="CO2 laser resurfacing is an ablative laser treatment for deeper wrinkles, acne scars and marked sun "
        "damage. It gives the biggest change of any laser, with the longest recovery.",
        how="The laser vaporises the outer layers of skin, in a fractional pattern or over the whole surface, and "
        "heats the layer below so it tightens and makes new collagen. It is done under numbing injections, "
        "sedation or general anaesthetic.",
        downtime="A week to ten days of raw, oozing and then peeling skin that needs ointment and careful "
        "cleaning, then pinkness for one to three months, covered with make-up once healed.",
        results="The result shows once the pinkness fades and keeps improving for up to six months. It lasts many "
        "years, though the skin goes on ageing.",
        risks="Prolonged redness, acne and milia are common. Infection (bacterial, fungal or cold sores), "
        "darkening or lightening of the skin, and scarring are the serious risks; lightening can be permanent "
        "and can appear months later.",
        suits="Lighter skin types with deeper lines or scars who can take two weeks out. Deeper skin tones carry a "
        "higher risk of pigment change and usually do better with gentler lasers. Not within six months of "
        "isotretinoin, by most doctors' practice.",
        glance=("1 to 2 weeks", "Many years", "Usually 1"),
    ),
    "ipl-photofacial": Overview(
        reviewer="raman",
        what="IPL (intense pulsed light) treats redness, broken capillaries, rosacea flushing and brown sun spots. "
        "It is not a laser but a flash of broad-spectrum light, filtered for the target.",
        how="The light is absorbed by the pigment in brown spots and by the blood in small vessels, which heats "
        "and breaks them up. Each pulse feels like the snap of a rubber band; a face takes about twenty minutes.",
        downtime="A day or two of redness. Brown spots darken like coffee grounds and flake off within a week.",
        results="Each session brings a visible change within one or two weeks. After a series of three to five, "
        "the result lasts a year or more, but new sun damage and redness come back without sun protection.",
        risks="Redness and swelling are common. Burns, blisters and patches of lighter or darker skin can happen, "
        "most often on tanned or deeper skin, where IPL is usually avoided.",
        suits="Fair to light-olive skin with redness or sun spots. Not for tanned or deeper skin tones, and melasma "
        "can get worse with IPL, so a dermatologist should confirm what the brown patches are first.",
        glance=("1 to 2 days", "A year or more", "3 to 5, a month apart"),
    ),
    "laser-hair-removal": Overview(
        reviewer="raman",
        what="Laser hair removal uses light absorbed by the pigment in hair to damage the follicle, reducing hair "
        "growth for the long term on the face, underarms, bikini line, legs or back.",
        how="The laser heats the hair shaft and the follicle around it. Only follicles in their growing phase are "
        "affected, which is why several sessions are needed. The area is shaved beforehand, not waxed or plucked.",
        downtime="A few hours of redness and small bumps around the follicles. Sun on the treated skin is avoided "
        "for a couple of weeks.",
        results="Treated hairs shed over two to three weeks after each session. After six to eight sessions most "
        "people have a lasting reduction of 70 to 90 percent, with a touch-up once or twice a year. It is "
        "reduction, not guaranteed permanent removal.",
        risks="Redness, swelling and a sunburn-like sting. Burns and pigment changes are uncommon with the right "
        "laser for your skin; deeper skin tones need an Nd:YAG laser. Occasionally hair grows back thicker "
        "nearby (paradoxical growth).",
        suits="People with dark hair; the Nd:YAG laser makes it safe for deeper skin tones too. Blonde, red, grey "
        "and white hair respond poorly because they hold too little pigment.",
        glance=("A few hours", "Long term, yearly touch-ups", "6 to 8, 4 to 8 weeks apart"),
    ),
    "morpheus8": Overview(
        reviewer="osei",
        what="Morpheus8 is radiofrequency microneedling: fine needles that deliver heat below the surface to "
        "tighten skin and improve texture, acne scars and mild laxity on the face, neck and body.",
        how="Gold-plated needles enter the skin to a set depth and release radiofrequency energy, causing "
        "controlled heat that remodels collagen. It is done under numbing cream, sometimes with a nerve block.",
        downtime="Two to four days of redness and swelling, with a grid of tiny marks for up to a week.",
        results="The change builds gradually over about three months. After a series of three, results last a "
        "year or more, with a yearly maintenance session.",
        risks="Redness, swelling and small scabs are common. Less common: lines of marks from the needle pattern, "
        "darkening of the skin, and, at high settings, fat loss that hollows the face.",
        suits="People with early laxity, acne scars or textured skin who do not want surgery. Marked sagging is "
        "better treated with a lift. It suits most skin tones at careful settings.",
        glance=("2 to 4 days", "A year or more", "3, 4 to 6 weeks apart"),
    ),
    "ultherapy": Overview(
        reviewer="moreau",
        what="Ultherapy is focused ultrasound that heats the deeper layers of the skin and the tissue beneath it "
        "to lift the brow, jawline and neck a little, without cutting.",
        how="The practitioner watches an ultrasound image and places lines of heat points at chosen depths, down "
        "to the layer a facelift tightens. The heat makes the tissue contract and builds new collagen. It is "
        "uncomfortable; painkillers beforehand are usual.",
        downtime="Little: some tenderness, swelling and occasionally tingling for a few days.",
        results="A subtle lift develops gradually over two to three months. It lasts a year or two, as the skin "
        "keeps ageing.",
        risks="Redness, swelling and tenderness. Less common: bruising, temporary numbness, or welts along the "
        "treatment lines. Nerve weakness is rare and temporary. The results vary a lot from person to person.",
        suits="People with mild to moderate laxity and good skin who want a modest improvement. It will not match "
        "a facelift for marked sagging, and it works less well in very thin or very heavy skin.",
        glance=("Little to none", "1 to 2 years", "1"),
    ),
    "coolsculpting": Overview(
        reviewer="bennett",
        what="CoolSculpting (cryolipolysis) reduces stubborn pockets of fat on the belly, flanks, thighs or under "
        "the chin by cooling them. It is not a way to lose weight.",
        how="An applicator draws the area in and cools it for about 35 to 45 minutes. Fat cells are more "
        "sensitive to cold than the skin around them; the cold kills some of them, and the body clears them "
        "over the following months.",
        downtime="No time off work. The area is numb, swollen and can ache or tingle for a few weeks.",
        results="The change shows gradually over two to three months, with about a fifth of the fat layer gone per "
        "session. The fat cells removed are gone for good, as long as your weight stays stable.",
        risks="Numbness, swelling, bruising and aching are common. Rarely, the treated fat grows larger and "
        "harder instead of shrinking (paradoxical adipose hyperplasia), which needs liposuction to correct.",
        suits="People near their goal weight with a pinchable bulge that diet and exercise have not moved. It does "
        "not tighten loose skin, and a lot of fat is better treated with liposuction.",
        glance=("None", "Permanent for fat removed", "1 or 2 per area"),
    ),
    "tattoo-removal": Overview(
        reviewer="ruiz",
        what="Laser tattoo removal breaks tattoo ink into particles small enough for the body to clear. "
        "Picosecond and Q-switched lasers are the standard.",
        how="Very short pulses shatter the ink; the immune system carries the fragments away over the following "
        "weeks. Different colours need different wavelengths; black fades best, while green, blue and some "
        "yellows resist.",
        downtime="Blistering and scabbing for a week or two after each session. The area is kept clean and "
        "covered and out of the sun.",
        results="The ink fades a little more after each session. Most tattoos need six to twelve sessions or more, "
        "six to eight weeks apart; some never clear completely. Once cleared, it is gone for good.",
        risks="Blisters, scabs and swelling are expected. Lightening or darkening of the skin, texture change and "
        "scarring are possible. Some inks (white, flesh tones, some reds) can turn darker under the laser.",
        suits="Most people with unwanted tattoos; amateur and older tattoos often clear faster than professional "
        "ones. Deeper skin tones are treated at adjusted settings with more care for pigment change.",
        glance=("1 to 2 weeks per session", "Permanent once cleared", "6 to 12+, 6 to 8 weeks apart"),
    ),
    "thermage": Overview(
        reviewer="moreau",
        what="Thermage is monopolar radiofrequency that heats the deeper skin to tighten it, on the face, eyelids, "
        "neck or body, in a single session.",
        how="A treatment tip cools the surface while radiofrequency heats the tissue below, which makes collagen "
        "contract at once and rebuild over the months after. Each pulse is a brief hot feeling.",
        downtime="Little: some redness for a few hours, occasionally mild swelling.",
        results="Some tightening shows straight away, and more over two to six months. It lasts a year or two.",
        risks="Redness and swelling. Less common: small burns, blisters or a temporary dent in the skin.",
        suits="People with mild loose skin who want a modest, gradual change. It is not a substitute for surgery "
        "when the skin is very loose.",
        glance=("A few hours", "1 to 2 years", "1"),
    ),
    "emsculpt": Overview(
        reviewer="bennett",
        what="Emsculpt uses high-intensity electromagnetic pulses to make the muscles of the abdomen, buttocks, "
        "arms or calves contract strongly, to build and tone them.",
        how="You lie under the applicator for about thirty minutes while it makes the muscle contract thousands "
        "of times, far more than a workout could. Emsculpt Neo adds radiofrequency heat aimed at the fat above.",
        downtime="None; the muscles ache like after a hard workout for a day or two.",
        results="The change shows two to three months after the last session. It lasts several months, with "
        "maintenance sessions and regular exercise.",
        risks="Muscle soreness is common. It is not used over metal implants, pacemakers or in pregnancy. The "
        "changes measured in studies are modest.",
        suits="Fit people near their goal weight who want more muscle tone. It does not repair separated abdominal "
        "muscles after pregnancy or tighten loose skin.",
        glance=("None", "Several months", "4, 2 to 3 days apart"),
    ),
    "clear-brilliant": Overview(
        reviewer="osei",
        what="Clear + Brilliant is a gentle fractional laser for tone, texture, enlarged pores and early sun "
        "damage, sometimes called a 'baby Fraxel'.",
        how="It makes tiny, shallow columns of heat in the upper skin, prompting renewal with far less heat than "
        "Fraxel. A face takes about twenty minutes under numbing cream.",
        downtime="A day of redness and a rough, sandpaper feel for two or three days.",
        results="A glow within a week; texture and tone improve over a series of four to six sessions. Results "
        "last a few months, and most people repeat it once or twice a year.",
        risks="Redness, mild swelling and small bumps. Darkening of the skin is uncommon and less likely than with "
        "stronger lasers.",
        suits="People in their twenties to forties with early sun damage or dull texture, and deeper skin tones at "
        "careful settings. Deep scars and wrinkles need a stronger laser.",
        glance=("1 to 3 days", "A few months", "4 to 6, a month apart"),
    ),
    "rhinoplasty": Overview(
        reviewer="moreau",
        what="Rhinoplasty is surgery that reshapes the nose: the bridge, the tip, the width or the angle to the "
        "lip. It is often combined with correcting the septum (septoplasty) when breathing is a problem too.",
        how="Under general anaesthetic, the surgeon reshapes bone and cartilage through incisions inside the "
        "nose (closed) or with a small cut across the skin between the nostrils (open). It takes two to four "
        "hours, and most patients go home the same day.",
        downtime="A week in a splint, with bruising around the eyes for ten to fourteen days. Most people return "
        "to desk work after one to two weeks; glasses resting on the nose, contact sports and heavy exercise "
        "wait for about six weeks.",
        results="The overall shape shows at a few months, but swelling takes a year or more to settle, longest "
        "in the tip and in thick skin, so the final result is judged at about a year. The change is permanent, "
        "though the nose ages with the rest of the face.",
        risks="Swelling, congestion and numbness of the tip are common for months. Less common: bleeding, "
        "infection, breathing problems, asymmetry or a result you do not like; a few percent of patients have "
        "a revision, which is harder than the first operation.",
        suits="Adults, and teenagers once the nose has finished growing, with clear and realistic goals. Computer "
        "imaging helps to agree the aim, and a surgeon who checks breathing as well as appearance matters.",
        glance=("1 to 2 weeks", "Permanent", "1 operation"),
    ),
    "facelift": Overview(
        reviewer="castillo",
        what="A facelift (rhytidectomy) lifts and tightens the sagging tissue of the lower face and neck: jowls, "
        "deep folds and loose neck skin. It does not change the forehead, eyes or skin texture on its own.",
        how="Through incisions around the ears and into the hairline, the surgeon repositions the deeper layer of "
        "tissue (the SMAS or deep plane) and removes excess skin, then closes it without tension. It takes three "
        "to five hours under general anaesthetic or deep sedation.",
        downtime="Two to three weeks before most people look presentable, with bruising and swelling at first and "
        "numbness and tightness for several months. Drains may stay in for a day or two.",
        results="Most of the change shows by three months, and the final result at six to twelve. It lasts ten "
        "years or more: the clock is turned back, then keeps ticking.",
        risks="Swelling, bruising and numbness are expected. The most common complication is a collection of "
        "blood (haematoma) in the first day, more likely with high blood pressure. Less common: injury to a "
        "facial nerve (usually temporary), visible scars, hair loss near the incisions, and skin loss in smokers.",
        suits="People in good health, usually from their late forties on, with sagging jowls and neck. Smoking and "
        "nicotine must stop weeks before and after, because they starve the skin of blood.",
        glance=("2 to 3 weeks", "10 years or more", "1 operation"),
    ),
    "blepharoplasty": Overview(
        reviewer="chen",
        what="Blepharoplasty is eyelid surgery. On the upper lids it removes excess skin (and sometimes fat) that "
        "hoods the eye; on the lower lids it removes or repositions the fat that makes bags.",
        how="Upper lid incisions sit in the natural crease; lower lid surgery is done through the inside of the lid "
        "or just below the lashes. Upper lids are often done under local anaesthetic in about an hour.",
        downtime="Bruising and swelling for about two weeks; stitches come out at five to seven days. Eyes can be "
        "dry, watery or sensitive to light for a few weeks. Most people are presentable at two weeks.",
        results="The lids look close to final at two to three months. Upper lid results last ten years or more, "
        "and lower lid results usually for good.",
        risks="Dry eyes, which is why a surgeon checks for them before operating, and temporary difficulty closing "
        "the eyes fully. Less common: asymmetry, a pulled-down lower lid, or too much skin removed. Bleeding "
        "behind the eye that threatens sight is very rare and needs emergency treatment.",
        suits="People whose hooded upper lids or lower lid bags make them look tired, or whose upper lids block "
        "their vision, when it may count as medical rather than cosmetic. Drooping of the lid itself (ptosis) "
        "or of the brow needs a different operation.",
        glance=("About 2 weeks", "10 years or more", "1 operation"),
    ),
    "brow-lift": Overview(
        reviewer="tanaka",
        what="A brow lift raises low or heavy brows that make the upper eyelids look hooded and the face look "
        "tired or cross. It is sometimes done with upper eyelid surgery.",
        how="The brow is lifted and fixed in place through small incisions in the hair with an endoscope, through "
        "a cut at the hairline, or just above the brow. It is done under general anaesthetic or sedation.",
        downtime="About ten days of swelling and bruising, which can drift down to the eyes. The scalp is numb or "
        "itchy for weeks to months.",
        results="The brow settles into place by two to three months. The lift lasts many years.",
        risks="Numbness of the scalp, usually temporary. Less common: uneven brows, a surprised look if raised too "
        "far, hair loss along the incision, and injury to the nerve that lifts the brow.",
        suits="People whose brows have dropped, with hooding that upper eyelid surgery alone would not fix. Toxin "
        "can lift the brow a little for a few months, which some try first.",
        glance=("About 10 days", "Many years", "1 operation"),
    ),
    "neck-lift": Overview(
        reviewer="moreau",
        what="A neck lift tightens loose neck skin and the muscle bands that show as cords, and sharpens the angle "
        "between the jaw and the neck. It is often done with a facelift.",
        how="Through incisions behind the ears and a small one under the chin, the surgeon tightens the platysma "
        "muscle, removes or repositions fat, and redrapes the skin. It takes two to three hours.",
        downtime="Ten days to two weeks before going out, with swelling and bruising, and tightness for several "
        "weeks. A chin strap is often worn for the first week.",
        results="Most of the change shows by three months. It lasts ten years or more.",
        risks="Swelling, numbness and tightness are expected. Less common: a collection of blood, visible scars, "
        "unevenness, and temporary weakness of the lower lip from nerve stretching.",
        suits="People with loose neck skin or bands and a blunted jawline. Someone with only fat under the chin and "
        "good skin may need only liposuction or Kybella.",
        glance=("10 days to 2 weeks", "10 years or more", "1 operation"),
    ),
    "otoplasty": Overview(
        reviewer="silva",
        what="Otoplasty is ear surgery that sets prominent ears closer to the head or reshapes the ear's folds. It "
        "is done from about five years of age, once the ears are nearly full size, as well as in adults.",
        how="Through a cut in the crease behind the ear, the surgeon shapes the cartilage with permanent stitches "
        "or trims it. It takes one to two hours, under local anaesthetic in adults and general anaesthetic in "
        "children.",
        downtime="A head bandage for a few days, then a headband at night for about six weeks. Most adults are "
        "back at work within a week.",
        results="The new position shows straight away, with swelling settling over six weeks. The result is "
        "permanent; a small relapse in the first months is possible and can be corrected.",
        risks="Soreness and numbness. Less common: stitches showing through the skin, asymmetry, an ear set too "
        "flat, and a thick scar behind the ear.",
        suits="Children and adults bothered by prominent ears, with healthy ears and realistic goals. In newborns, "
        "moulding the ears in the first weeks can avoid surgery.",
        glance=("About a week", "Permanent", "1 operation"),
    ),
    "chin-implant": Overview(
        reviewer="silva",
        what="A chin implant is a solid silicone implant placed over the chin bone to add projection to a small or "
        "receding chin. It is often done with a rhinoplasty, since the two balance the profile together.",
        how="The implant is slipped into a snug pocket on the bone through a small cut under the chin or inside "
        "the lower lip, in about an hour.",
        downtime="A week of swelling and tightness, with a tape dressing for a few days. Soft food for a few days "
        "when the incision is inside the mouth.",
        results="The profile looks close to final at two to four weeks, and fully at three months. The implant is "
        "permanent, and it can be removed or changed.",
        risks="Swelling, numbness of the lower lip and chin, usually temporary. Less common: infection, the implant "
        "shifting, and asymmetry.",
        suits="People with a mildly to moderately small chin and a normal bite. A very small chin, or one that "
        "comes with a bite problem, may need jaw surgery instead; filler can preview the change first.",
        glance=("About a week", "Permanent", "1 operation"),
    ),
    "breast-augmentation": Overview(
        reviewer="okafor",
        what="Breast augmentation increases breast size or restores volume lost after pregnancy or weight loss, "
        "with silicone or saline implants or, for a smaller change, your own fat.",
        how="The implant is placed through a cut in the fold under the breast (most often), around the areola or "
        "in the armpit, either under the chest muscle or over it. Size is chosen from measurements of your "
        "chest and tissue, not only a cup size. It takes one to two hours under general anaesthetic.",
        downtime="About a week off a desk job; no lifting or strenuous exercise for six weeks. A supportive bra "
        "is worn day and night for several weeks.",
        results="The breasts look high and tight at first and settle over about three months as the implants drop "
        "and soften. Implants last many years but are not lifetime devices: some people need another operation "
        "in ten to fifteen years.",
        risks="Capsular contracture (scar tissue squeezing the implant), rupture, rippling, changes in nipple "
        "sensation, and asymmetry. Textured implants are linked to a rare lymphoma (BIA-ALCL); breast implant "
        "illness is reported by some patients. Silicone implants are checked with imaging over the years.",
        suits="Healthy adults who want larger or fuller breasts and accept that implants need lifelong follow-up. "
        "Breasts that sag a lot may need a lift as well.",
        glance=("About 1 week", "Many years; not lifelong", "1 operation"),
    ),
    "breast-lift": Overview(
        reviewer="okafor",
        what="A breast lift (mastopexy) raises and reshapes sagging breasts and sets the nipple higher. It does not "
        "add size on its own; an implant can be placed at the same time.",
        how="The surgeon removes excess skin and reshapes the breast tissue through incisions around the areola, "
        "often down to the fold (a lollipop) and sometimes along the fold (an anchor). It takes two to three "
        "hours.",
        downtime="One to two weeks off work and a surgical bra for about six weeks, with no heavy lifting.",
        results="The shape settles at three to six months and the scars fade over a year. It lasts many years, "
        "though gravity, weight change and pregnancy still act on the breasts.",
        risks="Scars are permanent, though they fade. Less common: changes in nipple sensation, asymmetry, wound "
        "healing problems (more likely in smokers), and difficulty breastfeeding afterwards.",
        suits="People whose breasts sag after pregnancy, breastfeeding or weight loss, ideally at a stable weight "
        "and with no plans for more children soon.",
        glance=("1 to 2 weeks", "Many years", "1 operation"),
    ),
    "breast-reduction": Overview(
        reviewer="okafor",
        what="Breast reduction removes breast tissue, fat and skin to make large breasts smaller and lighter, often "
        "to relieve back, neck and shoulder pain and grooves from bra straps.",
        how="Through anchor or lollipop incisions, the surgeon removes tissue and lifts the breast and nipple, "
        "which stays attached to its blood supply. It takes two to four hours under general anaesthetic.",
        downtime="About two weeks off work; no lifting or strenuous exercise for six weeks.",
        results="Relief for the back and shoulders often comes straight away; the final shape shows at about six "
        "months. The reduction is permanent, though weight gain or pregnancy can change the breasts again.",
        risks="Permanent scars, changes in nipple sensation, and wound healing problems, more likely in smokers. "
        "Breastfeeding may not be possible afterwards. Patient satisfaction is among the highest in plastic "
        "surgery.",
        suits="People whose large breasts cause pain or limit activity. Insurers sometimes cover it when those "
        "symptoms are documented.",
        glance=("About 2 weeks", "Permanent", "1 operation"),
    ),
    "tummy-tuck": Overview(
        reviewer="bennett",
        what="A tummy tuck (abdominoplasty) removes loose skin and fat from the lower abdomen and repairs abdominal "
        "muscles separated by pregnancy. It is a body-contouring operation, not weight loss.",
        how="Through a long, low incision from hip to hip, the surgeon stitches the muscles together, removes "
        "excess skin and resets the belly button. It takes two to four hours under general anaesthetic.",
        downtime="About two weeks off work, walking slightly bent over at first, with drains for up to a week or "
        "two. No heavy lifting for six weeks.",
        results="The flatter shape shows straight away under the swelling; the final shape and scar settle at a "
        "year. It is permanent, as long as your weight stays stable and no pregnancy follows.",
        risks="Fluid collecting under the skin (seroma), wound healing problems, numbness of the lower belly, and a "
        "long scar. Blood clots in the legs and lungs are a serious risk, so early walking and other precautions "
        "are part of recovery. Smoking raises the risks sharply.",
        suits="People at a stable weight, done having children, with loose skin or separated muscles that exercise "
        "cannot fix.",
        glance=("About 2 weeks", "Permanent at a stable weight", "1 operation"),
    ),
    "liposuction": Overview(
        reviewer="castillo",
        what="Liposuction removes pockets of fat from areas such as the belly, flanks, thighs, arms and under the "
        "chin through small incisions. It shapes the body; it is not a way to lose weight.",
        how="The area is filled with a fluid that numbs it and limits bleeding, and a thin tube (cannula) breaks up "
        "and suctions the fat. Some techniques add ultrasound or power assistance.",
        downtime="A few days to a week off work, with bruising and swelling, and a compression garment for four to "
        "six weeks.",
        results="The shape shows at three to six months, once the swelling that hides it for weeks has gone. The "
        "fat removed is gone for good, if your weight stays stable; weight gained goes elsewhere.",
        risks="Swelling, bruising and numbness are common. Less common: lumpy or uneven contours, fluid "
        "collections, and loose skin. Rare but serious: fat or blood clots in the lungs, and fluid imbalance when "
        "large volumes are removed.",
        suits="People near a stable, healthy weight with fat that resists diet and exercise, and skin elastic "
        "enough to shrink back. Loose skin needs a lift or tuck instead.",
        glance=("A few days to a week", "Permanent for fat removed", "1 operation"),
    ),
    "brazilian-butt-lift": Overview(
        reviewer="bennett",
        what="A Brazilian butt lift (BBL) moves your own fat, taken by liposuction, into the buttocks to add "
        "volume and shape. It is fat transfer, not a lift of the skin.",
        how="Fat is removed from the belly, flanks or back, purified and injected into the buttocks. Current "
        "safety guidance is to place it only above the muscle, ideally watched live with ultrasound, because "
        "fat injected into the muscle can reach large veins.",
        downtime="About two weeks off work and weeks of not sitting directly on the buttocks, using a cushion "
        "under the thighs, with compression garments.",
        results="The shape settles at three to six months. Some of the fat does not survive, often 20 to 40 "
        "percent; what remains changes with your weight like any fat.",
        risks="Fat embolism, fat entering the bloodstream and reaching the lungs, is the serious risk that once "
        "made the BBL the deadliest cosmetic operation; above-the-muscle placement has lowered it. Also: "
        "lumps, uneven results, infection, and fat that dies and hardens.",
        suits="People with enough spare fat to move, at a stable weight. The choice of surgeon, and whether they "
        "follow the current safety guidance, matters more here than in most operations.",
        glance=("About 2 weeks", "Lasting for surviving fat", "1 operation"),
    ),
    "chemical-peel": Overview(
        reviewer="raman",
        what="A chemical peel is an acid solution applied to the skin to remove damaged outer layers, improving "
        "sun damage, uneven pigment, fine lines and acne. Peels range from light (glycolic, salicylic) to medium "
        "(TCA) to deep (phenol, now rarely done).",
        how="The peel is painted on and left for minutes, then neutralised or removed. The deeper it reaches, the "
        "bigger the change and the longer the recovery. It stings and feels hot while on, cooled with a fan.",
        downtime="From a little flaking for a light peel to a week of peeling and redness for a medium one. The "
        "new skin is sensitive and needs strict sun protection for weeks.",
        results="The result shows once the peeling is over. A series of three to six light peels gives a gradual "
        "change; one medium peel gives more. It lasts months to years depending on depth, and on sun protection "
        "afterwards.",
        risks="Redness, stinging and peeling are expected. Less common: cold sore flares, infection, and darker or "
        "lighter patches, a greater risk in deeper skin tones, where the choice of peel matters. Scarring is rare "
        "with light and medium peels.",
        suits="Most skin types for light peels; medium peels need more care in deeper skin tones and are not done "
        "on tanned skin or soon after isotretinoin.",
        glance=("None to a week", "Months to years", "1 medium, or 3 to 6 light"),
    ),
    "microneedling": Overview(
        reviewer="osei",
        what="Microneedling (collagen induction) uses a pen of fine needles to make tiny controlled injuries in the "
        "skin, to improve acne scars, texture, enlarged pores and fine lines.",
        how="The needles pass over the skin at a set depth under numbing cream; the skin repairs the micro-injuries "
        "by making new collagen. A face takes about thirty minutes.",
        downtime="A day or two of sunburn-like redness and a rough feel. Make-up can usually go back on after a day.",
        results="The change builds gradually over about three months, after three to six sessions four to six "
        "weeks apart. Scar improvement lasts months to years; texture needs maintenance.",
        risks="Redness, dryness and pinpoint bleeding during the session. Less common: infection, breakouts, and "
        "darker patches. At-home rollers and unlicensed salons carry more risk.",
        suits="Most skin types, including deeper skin tones, since no heat is involved. Not over active acne, cold "
        "sores or skin infections.",
        glance=("1 to 2 days", "Months to years", "3 to 6, 4 to 6 weeks apart"),
    ),
    "prp-facial": Overview(
        reviewer="lindqvist",
        what="A PRP facial (sometimes called a vampire facial) is microneedling with platelet-rich plasma, a "
        "concentrate made from a small sample of your own blood.",
        how="Blood is drawn, spun in a centrifuge to concentrate the platelets, and the plasma is spread over the "
        "skin during microneedling or injected. Platelets release growth factors thought to help healing.",
        downtime="Two or three days of redness, much as after microneedling on its own.",
        results="The skin improves gradually over two to three months, over a series of about three sessions a "
        "month apart. Results last months; the evidence that PRP adds much to microneedling alone is modest.",
        risks="Redness, bruising at the blood draw, and the risks of microneedling. Infection is rare when the clinic "
        "follows strict hygiene; outbreaks have been traced to unlicensed spas reusing equipment.",
        suits="People who want microneedling and are willing to pay more for a possible extra benefit. Not for "
        "those with blood disorders or on blood thinners.",
        glance=("2 to 3 days", "Months", "3, a month apart"),
    ),
    "hydrafacial": Overview(
        reviewer="osei",
        what="A Hydrafacial is a machine facial that cleanses, exfoliates, extracts pores and hydrates the skin in "
        "one session of about thirty to sixty minutes.",
        how="A handpiece with a spiral tip uses suction and a series of serums: a mild acid to loosen dead skin, "
        "vacuum extraction of pores, then hydrating serums.",
        downtime="None: most people go straight back to work. A little pinkness may last an hour.",
        results="The skin looks smoother and brighter straight away. It lasts a week or two, so people who like it "
        "repeat it about monthly.",
        risks="Mild redness or tingling. Sensitive skin or active rosacea can be irritated by the acid step.",
        suits="Almost anyone wanting a brighter complexion before an event. It will not change scars, wrinkles or "
        "pigmentation in any lasting way.",
        glance=("None", "1 to 2 weeks", "1, monthly if you like it"),
    ),
    "microdermabrasion": Overview(
        reviewer="raman",
        what="Microdermabrasion is mechanical exfoliation of the outer layer of skin, with a diamond-tipped wand or "
        "a spray of fine crystals, to smooth texture and dullness.",
        how="The wand buffs away dead skin while suction lifts the debris. A session takes thirty to forty minutes "
        "and needs no numbing.",
        downtime="None; maybe some pinkness for an hour.",
        results="Skin feels smoother straight away. The effect lasts a few weeks; a series of five or six, two to "
        "four weeks apart, gives more.",
        risks="Redness and mild sensitivity. Over-treatment can cause irritation or small abrasions.",
        suits="Most skin types wanting a gentle refresh. It does not reach deep enough to change scars or wrinkles.",
        glance=("None", "A few weeks", "5 or 6, 2 to 4 weeks apart"),
    ),
    "dermaplaning": Overview(
        reviewer="ruiz",
        what="Dermaplaning is gentle exfoliation with a sterile blade that scrapes off dead skin cells and fine "
        "facial hair (peach fuzz), leaving the skin smoother.",
        how="The practitioner holds the skin taut and strokes a surgical blade across it at a low angle. It takes "
        "about thirty minutes and is painless.",
        downtime="None.",
        results="Smoother skin straight away, and make-up sits better. It lasts three to four weeks, until the fine "
        "hair and dead skin build up again. The hair does not grow back thicker or darker.",
        risks="Mild redness, small nicks, and breakouts in acne-prone skin.",
        suits="Most skin types. Not over active acne, and people with rosacea or very sensitive skin may find it "
        "irritating.",
        glance=("None", "3 to 4 weeks", "1, monthly"),
    ),
    "tretinoin": Overview(
        reviewer="osei",
        what="Tretinoin (Retin-A) is a prescription retinoid cream or gel for acne, fine lines, rough texture and "
        "uneven tone. It is one of the best-studied skin treatments there is.",
        how="It speeds up the turnover of skin cells, unclogs pores and, over months, builds collagen. A pea-sized "
        "amount is applied at night, starting a few nights a week and building up as the skin adjusts.",
        downtime="No time off, but a few weeks of dryness, flaking and sometimes a breakout as the skin adjusts. "
        "The skin burns more easily in the sun, so daily sunscreen is part of using it.",
        results="Acne improves within two to three months; fine lines and tone take six to twelve. The benefit "
        "lasts as long as you keep using it.",
        risks="Dryness, redness, peeling and stinging, worst in the first month. It is not used in pregnancy.",
        suits="Adults and teenagers with acne, and adults with sun damage or early fine lines, under a "
        "prescriber's guidance. Those with eczema or rosacea may not tolerate it.",
        glance=("None, some peeling", "While you use it", "Nightly, built up slowly"),
    ),
    "led-light-therapy": Overview(
        reviewer="osei",
        what="LED light therapy exposes the skin to red or blue light: blue is aimed at acne bacteria, red at "
        "inflammation and mild signs of ageing.",
        how="You sit under a panel or wear a mask for about twenty minutes. The light is absorbed by cells and "
        "bacteria without heat or damage to the skin.",
        downtime="None.",
        results="If it helps, acne improves within four to eight weeks of weekly or twice-weekly sessions. The "
        "effect is modest and lasts only while you keep going.",
        risks="Very few: mild redness or dryness. Eye protection is worn. People taking medicines that make the "
        "skin sensitive to light should check first.",
        suits="People with mild acne who want an add-on to proven treatments. It does not replace prescription "
        "treatment for moderate or severe acne.",
        glance=("None", "While you keep going", "Weekly for 1 to 2 months"),
    ),
    "porcelain-veneers": Overview(
        reviewer="kowalski",
        what="Porcelain veneers are thin shells of porcelain bonded to the front of the teeth to change their "
        "colour, shape, size or spacing.",
        how="The dentist removes a thin layer of enamel (often about half a millimetre), takes an impression or "
        "scan, fits temporaries, then bonds the finished veneers a couple of weeks later. It takes two or three "
        "visits over a few weeks.",
        downtime="None, though teeth can be sensitive to hot and cold for a week or two.",
        results="The new smile shows once the final veneers are bonded. Porcelain veneers last ten to fifteen "
        "years or more; the tooth preparation is irreversible, so the teeth will always need veneers or crowns.",
        risks="Sensitivity, chips or a veneer coming loose, and a colour that cannot be whitened later. A bite "
        "that grinds can crack them; a night guard helps.",
        suits="People with healthy gums and teeth whose chips, gaps, worn edges or staining whitening or bonding "
        "cannot fix. A dentist who tries the least invasive option first is worth finding.",
        glance=("None", "10 to 15 years or more", "2 or 3 visits"),
    ),
    "teeth-whitening": Overview(
        reviewer="kowalski",
        what="Teeth whitening lightens the natural colour of teeth with a peroxide gel, in the dental chair or at "
        "home with custom trays.",
        how="Hydrogen or carbamide peroxide breaks down the stains inside the enamel. In-office whitening uses a "
        "strong gel in one visit; take-home trays use a weaker gel worn daily for about two weeks.",
        downtime="None; teeth can be sensitive for a few days.",
        results="Teeth look whiter straight away, and the colour settles over about two weeks. It lasts one to "
        "three years, depending on coffee, tea, red wine and smoking; occasional top-ups keep it.",
        risks="Sensitivity and gum irritation, both temporary. Crowns, veneers and fillings do not change colour, "
        "so they may need replacing to match.",
        suits="People with yellowish staining and healthy teeth and gums. Grey staining from medicines or a dead "
        "tooth responds poorly. Not in pregnancy.",
        glance=("None", "1 to 3 years", "1 visit, or 2 weeks of trays"),
    ),
    "invisalign": Overview(
        reviewer="romano",
        what="Invisalign is a series of clear plastic aligners that straighten teeth gradually, an alternative to "
        "fixed braces for many mild to moderate cases.",
        how="A 3D scan plans the movement; each aligner moves the teeth a fraction of a millimetre. Small "
        "tooth-coloured bumps (attachments) help the aligners grip. They are worn 20 to 22 hours a day and "
        "taken out to eat.",
        downtime="None, though each new aligner aches for a day or two and speech may lisp at first.",
        results="Changes show within a couple of months, with treatment taking six to eighteen months. The "
        "result lasts for good only if you wear a retainer at night afterwards.",
        risks="Soreness, a lisp, and slower progress if aligners are not worn enough. Complex bite problems may "
        "need braces or surgery.",
        suits="Adults and teenagers with crowding, gaps or a mild bite problem who will wear the aligners faithfully.",
        glance=("None", "Lasting with a retainer", "6 to 18 months of aligners"),
    ),
    "dental-bonding": Overview(
        reviewer="kowalski",
        what="Dental bonding repairs chips, gaps and small flaws with tooth-coloured composite resin, sculpted "
        "straight onto the tooth in one visit.",
        how="The tooth surface is roughened slightly, the resin is shaped in layers, hardened with a blue light and "
        "polished. Usually no anaesthetic and no drilling of healthy tooth are needed.",
        downtime="None.",
        results="The change is immediate. Bonding lasts five to ten years, with polishing and the odd repair, and "
        "it stains more easily than porcelain.",
        risks="Chipping and staining over time. It is reversible, which makes it a gentle first option.",
        suits="People with small chips, gaps or uneven edges. Larger changes or heavily worn teeth may be better "
        "served by veneers or crowns.",
        glance=("None", "5 to 10 years", "1 visit"),
    ),
    "gum-contouring": Overview(
        reviewer="romano",
        what="Gum contouring reshapes an uneven or high gum line, or a gummy smile, by removing or reshaping gum "
        "tissue with a laser or scalpel.",
        how="Under local anaesthetic, the dentist marks the new gum line and removes the excess gum; when bone "
        "also needs reshaping it becomes a crown-lengthening procedure. A laser seals as it cuts.",
        downtime="A few days of tender gums and soft food.",
        results="The gum line looks finished once it heals, in one to three weeks. The change is permanent when "
        "only gum is removed.",
        risks="Soreness, swelling, and gums creeping back when bone was not adjusted. Too much removed can expose "
        "tooth roots and cause sensitivity.",
        suits="People whose teeth look short because of excess gum. A gummy smile caused by an overactive upper lip "
        "is better treated with toxin, and one from jaw position with orthodontics or surgery.",
        glance=("A few days", "Permanent", "1 visit"),
    ),
}
