"""The demo catalogue in Spanish: names, one-line descriptions, search words and hub overviews.

Keyed by the slug of each treatment's English name (`slugify(name)`, as `treatments.demo.seed` makes it).
Neutral Latin American Spanish, "usted", with the terms of docs/i18n.md; brand names stay as they are.
The overviews say what the English ones in `treatments.demo_overviews` say, with the same reviewers,
facts, numbers and cautions; the reviewers' credentials are translated elsewhere.
"""

from treatments.demo_overviews import Overview

NAMES: dict[str, str] = {
    "botox": "Botox",
    "lip-filler": "Relleno de labios",
    "cheek-filler": "Relleno de pómulos",
    "under-eye-filler": "Relleno de ojeras",
    "jawline-filler": "Relleno de mandíbula",
    "kybella": "Kybella",
    "sculptra": "Sculptra",
    "masseter-botox": "Botox en maseteros",
    "lip-flip": "Lip flip",
    "dysport": "Dysport",
    "radiesse": "Radiesse",
    "chin-filler": "Relleno de mentón",
    "sclerotherapy": "Escleroterapia",
    "fraxel-laser": "Láser Fraxel",
    "co2-laser-resurfacing": "Láser CO2",
    "ipl-photofacial": "Fotorrejuvenecimiento con IPL",
    "laser-hair-removal": "Depilación láser",
    "morpheus8": "Morpheus8",
    "ultherapy": "Ultherapy",
    "coolsculpting": "CoolSculpting",
    "tattoo-removal": "Eliminación de tatuajes",
    "thermage": "Thermage",
    "emsculpt": "Emsculpt",
    "clear-brilliant": "Clear + Brilliant",
    "rhinoplasty": "Rinoplastia",
    "facelift": "Lifting facial",
    "blepharoplasty": "Blefaroplastia",
    "breast-augmentation": "Aumento de senos",
    "tummy-tuck": "Abdominoplastia",
    "liposuction": "Liposucción",
    "brazilian-butt-lift": "Levantamiento brasileño de glúteos",
    "neck-lift": "Lifting de cuello",
    "brow-lift": "Lifting de cejas",
    "otoplasty": "Otoplastia",
    "breast-lift": "Levantamiento de senos",
    "breast-reduction": "Reducción de senos",
    "chin-implant": "Implante de mentón",
    "chemical-peel": "Peeling químico",
    "microneedling": "Microneedling",
    "hydrafacial": "Hydrafacial",
    "tretinoin": "Tretinoína",
    "microdermabrasion": "Microdermoabrasión",
    "prp-facial": "Facial con PRP",
    "dermaplaning": "Dermaplaning",
    "led-light-therapy": "Terapia de luz LED",
    "porcelain-veneers": "Carillas de porcelana",
    "teeth-whitening": "Blanqueamiento dental",
    "invisalign": "Invisalign",
    "dental-bonding": "Bonding dental",
    "gum-contouring": "Contorneado de encías",
}

DESCRIPTIONS: dict[str, str] = {
    "botox": "Inyecciones de toxina botulínica que relajan los músculos que forman las líneas del entrecejo, las "
    "patas de gallo y las líneas de la frente, por un período de tres a cuatro meses.",
    "lip-filler": "Relleno de ácido hialurónico que da volumen y forma a los labios; se puede disolver y suele "
    "durar de seis a doce meses.",
    "cheek-filler": "Relleno que se coloca sobre los pómulos para devolver el volumen que la parte media de la cara "
    "pierde con la edad.",
    "under-eye-filler": "Relleno del surco lagrimal que suaviza el hundimiento debajo de los ojos; aquí la técnica y "
    "el producto que se elija importan mucho.",
    "jawline-filler": "Relleno a lo largo de la mandíbula y el mentón para definir el perfil.",
    "kybella": "Inyecciones de ácido desoxicólico que disuelven la grasa de debajo del mentón a lo largo de varias "
    "sesiones.",
    "sculptra": "Inyecciones de ácido poli-L-láctico que estimulan el colágeno poco a poco, a lo largo de meses.",
    "masseter-botox": "Toxina en los músculos de la mandíbula para afinar la parte inferior de la cara y aliviar el "
    "rechinar de dientes.",
    "lip-flip": "Unas pocas unidades de toxina que hacen que el labio superior se gire ligeramente hacia afuera.",
    "dysport": "Una toxina botulínica muy parecida a Botox, que se dosifica en sus propias unidades; algunas "
    "personas notan que empieza a hacer efecto uno o dos días antes.",
    "radiesse": "Relleno de hidroxiapatita de calcio que da volumen y estimula el colágeno; se usa a menudo en las "
    "manos y en la mandíbula.",
    "chin-filler": "Relleno que alarga o proyecta el mentón para equilibrar el perfil sin cirugía.",
    "sclerotherapy": "Inyecciones que cierran arañitas vasculares y várices pequeñas, por lo general en las piernas.",
    "fraxel-laser": "Láser fraccionado que renueva la piel para mejorar la textura, las cicatrices de acné y el daño "
    "solar, con unos días de recuperación.",
    "co2-laser-resurfacing": "Láser ablativo para arrugas y cicatrices más profundas; resultados muy notorios, con "
    "una semana o más de recuperación.",
    "ipl-photofacial": "Luz pulsada intensa que atenúa el enrojecimiento y las manchas marrones.",
    "laser-hair-removal": "Energía luminosa dirigida a los folículos del vello; varias sesiones reducen su "
    "crecimiento a largo plazo.",
    "morpheus8": "Microneedling con radiofrecuencia que tensa la piel y mejora su textura.",
    "ultherapy": "Ultrasonido focalizado que levanta las cejas, la mandíbula y el cuello en el transcurso de unos "
    "meses.",
    "coolsculpting": "Enfriamiento controlado que reduce los cúmulos de grasa rebeldes sin cirugía.",
    "tattoo-removal": "Láseres de picosegundos y Q-switched que fragmentan la tinta del tatuaje a lo largo de "
    "muchas sesiones.",
    "thermage": "Radiofrecuencia monopolar que tensa la piel de la cara y del cuerpo en una sola sesión.",
    "emsculpt": "Pulsos electromagnéticos que contraen los músculos para desarrollar y tonificar el abdomen y los "
    "glúteos.",
    "clear-brilliant": "Un láser fraccionado suave para el tono, la textura y el daño solar incipiente, con muy "
    "poco tiempo de recuperación.",
    "rhinoplasty": "Cirugía que cambia la forma de la nariz por estética, para respirar mejor o por ambas razones.",
    "facelift": "Cirugía que levanta y tensa la piel y los tejidos caídos de la parte inferior de la cara y del "
    "cuello.",
    "blepharoplasty": "Cirugía de párpados que retira el exceso de piel o de grasa de los párpados superiores o "
    "inferiores.",
    "breast-augmentation": "Implantes o transferencia de grasa para aumentar el tamaño de los senos o devolverles "
    "su forma.",
    "tummy-tuck": "Retira la piel sobrante del abdomen y repara los músculos abdominales separados.",
    "liposuction": "Retira depósitos de grasa a través de pequeñas incisiones; no es un método para bajar de peso.",
    "brazilian-butt-lift": "Transferencia de grasa a los glúteos; elija un cirujano que siga las recomendaciones de "
    "seguridad actuales.",
    "neck-lift": "Cirugía que tensa la piel del cuello y las bandas del músculo.",
    "brow-lift": "Eleva las cejas bajas o pesadas, con cirugía convencional o por endoscopia.",
    "otoplasty": "Cirugía de las orejas que acerca a la cabeza las orejas salidas o cambia su forma.",
    "breast-lift": "Mastopexia: eleva y da nueva forma a los senos caídos, con o sin implantes.",
    "breast-reduction": "Retira tejido mamario y piel para aliviar el dolor de espalda y de cuello y dar nueva "
    "forma a los senos.",
    "chin-implant": "Un implante de silicona que da más proyección a un mentón pequeño o retraído.",
    "chemical-peel": "Una solución ácida que elimina las capas externas dañadas de la piel; puede ser superficial, "
    "medio o profundo.",
    "microneedling": "Agujas diminutas hacen pequeñas lesiones controladas que estimulan el colágeno.",
    "hydrafacial": "Limpieza, exfoliación e hidratación en una sola sesión, sin tiempo de recuperación.",
    "tretinoin": "Retinoide de receta médica para el acné, las líneas finas y el tono disparejo.",
    "microdermabrasion": "Exfoliación mecánica que suaviza la textura y devuelve la luminosidad a la piel opaca.",
    "prp-facial": "Plasma rico en plaquetas obtenido de su propia sangre, aplicado con microneedling.",
    "dermaplaning": "Una hoja retira con suavidad la piel muerta y el vello fino de la cara para dejar la piel más "
    "lisa.",
    "led-light-therapy": "Sesiones de luz roja y azul dirigidas al acné y a los signos leves del envejecimiento.",
    "porcelain-veneers": "Láminas delgadas de porcelana adheridas a la cara frontal de los dientes para cambiar su "
    "color y su forma.",
    "teeth-whitening": "Blanqueamiento en el consultorio o en casa que aclara el color de los dientes.",
    "invisalign": "Alineadores transparentes que enderezan los dientes poco a poco.",
    "dental-bonding": "Resina del color del diente que repara dientes astillados y cierra espacios en una sola visita.",
    "gum-contouring": "Se cambia la forma del borde de las encías con láser o bisturí para corregir una sonrisa "
    "gingival.",
}

# The family of wrinkle-relaxing toxins, as patients search for it.
NEUROTOXINA = (
    "toxina botulínica, toxina botulinica, neurotoxina, neuromodulador, tox, "
    "inyecciones antiarrugas, relajante de arrugas"
)

SYNONYMS: dict[str, str] = {
    "botox": f"bótox, botox, botóx, botex, {NEUROTOXINA}, dysport, xeomin, jeuveau, daxxify, baby botox, mini bótox",
    "lip-filler": "relleno de labios, relleno labial, rellenos de labios, aumento de labios, ácido hialurónico en "
    "labios, acido hialuronico en labios, labios, juvéderm, juvederm, restylane, restylane kysse",
    "cheek-filler": "relleno de pómulos, relleno de pomulos, relleno de mejillas, aumento de pómulos, pómulos, "
    "pomulos, tercio medio, voluma",
    "under-eye-filler": "relleno de ojeras, ojeras, ojeras hundidas, surco lagrimal, relleno de surco lagrimal, "
    "relleno debajo de los ojos, ácido hialurónico en ojeras, acido hialuronico en ojeras",
    "jawline-filler": "relleno de mandíbula, relleno de mandibula, marcación mandibular, marcacion mandibular, "
    "contorno mandibular, relleno de quijada, perfilado de mandíbula",
    "kybella": "kybella, kibella, ácido desoxicólico, acido desoxicolico, inyecciones para la papada, papada, "
    "grasa bajo el mentón",
    "sculptra": "sculptra, escultra, ácido poli-l-láctico, acido polilactico, bioestimulador, bioestimuladores, "
    "estimulador de colágeno, estimulador de colageno",
    "masseter-botox": "bótox en maseteros, botox en maseteros, maseteros, masetero, bótox en mandíbula, botox "
    "mandibula, adelgazar mandíbula, bruxismo, rechinar los dientes, apretar los dientes, atm",
    "lip-flip": "lip flip, bótox en labios, botox en labios, bótox en el labio superior, eversión labial, "
    "eversion labial, sonrisa gingival",
    "dysport": f"dysport, disport, {NEUROTOXINA}, bótox, botox",
    "radiesse": "radiesse, radiese, hidroxiapatita de calcio, hidroxiapatita calcica, bioestimulador, relleno de "
    "manos, rejuvenecimiento de manos",
    "chin-filler": "relleno de mentón, relleno de menton, relleno de barbilla, mentoplastia sin cirugía, "
    "mentoplastia sin cirugia, mentón, menton, barbilla",
    "sclerotherapy": "escleroterapia, esclerosis de várices, arañitas vasculares, arañas vasculares, aranitas, "
    "várices, varices, venitas, venas de las piernas, inyecciones para várices",
    "fraxel-laser": "fraxel, láser fraxel, laser fraxel, láser fraccionado, laser fraccionado, resurfacing, "
    "cicatrices de acné, cicatrices de acne",
    "co2-laser-resurfacing": "láser co2, laser co2, láser de co2, co2 fraccionado, láser de dióxido de carbono, "
    "láser ablativo, laser ablativo, resurfacing, rejuvenecimiento con láser",
    "ipl-photofacial": "ipl, luz pulsada, luz pulsada intensa, fotorrejuvenecimiento, fotorejuvenecimiento, "
    "fotofacial, foto facial, bbl, manchas, rosácea, rosacea",
    "laser-hair-removal": "depilación láser, depilacion laser, depilación definitiva, depilacion definitiva, "
    "láser de diodo, laser diodo, soprano, nd:yag",
    "morpheus8": "morpheus8, morpheus 8, morfeus, microneedling con radiofrecuencia, radiofrecuencia fraccionada, "
    "radiofrecuencia con microagujas",
    "ultherapy": "ultherapy, ulthera, ulterapia, hifu, ultrasonido focalizado, lifting sin cirugía, lifting sin "
    "cirugia",
    "coolsculpting": "coolsculpting, cool sculpting, criolipólisis, criolipolisis, congelar grasa, congelación de "
    "grasa, congelamiento de grasa",
    "tattoo-removal": "eliminación de tatuajes, eliminacion de tatuajes, borrar tatuajes, quitar tatuajes, "
    "remoción de tatuajes, láser para tatuajes, picosure, picosegundos, tatuaje",
    "thermage": "thermage, termage, radiofrecuencia, radiofrecuencia monopolar, tensado de piel, flacidez",
    "emsculpt": "emsculpt, em sculpt, emsculpt neo, tonificación muscular, tonificacion muscular, abdomen, "
    "glúteos, gluteos",
    "clear-brilliant": "clear + brilliant, clear and brilliant, clear brilliant, clear & brilliant, baby fraxel, "
    "láser suave, laser fraccionado suave",
    "rhinoplasty": "rinoplastia, rinoplastía, cirugía de nariz, cirugia de nariz, operación de nariz, operacion de "
    "nariz, operarse la nariz, septorrinoplastia, nariz",
    "facelift": "lifting facial, lifting, estiramiento facial, ritidectomía, ritidectomia, cirugía de cara, mini "
    "lifting, plano profundo, smas",
    "blepharoplasty": "blefaroplastia, blefaro, cirugía de párpados, cirugia de parpados, párpados caídos, "
    "parpados caidos, bolsas en los ojos, bolsas debajo de los ojos",
    "breast-augmentation": "aumento de senos, aumento de busto, aumento mamario, implantes mamarios, implantes de "
    "senos, prótesis mamarias, protesis mamarias, mamoplastia de aumento, bubis",
    "tummy-tuck": "abdominoplastia, abdominoplastía, cirugía de abdomen, cirugia de abdomen, diástasis, diastasis, "
    "mommy makeover, cirugía después del embarazo",
    "liposuction": "liposucción, liposuccion, lipo, lipoescultura, lipo escultura, vaser, lipo vaser, quitar grasa",
    "brazilian-butt-lift": "bbl, levantamiento de glúteos, levantamiento de gluteos, levantamiento brasileño, "
    "aumento de glúteos con grasa, lipotransferencia a glúteos, injerto de grasa en glúteos, pompis",
    "neck-lift": "lifting de cuello, cuello, cuello de pavo, papada, bandas del cuello, platismaplastia, "
    "cervicoplastia",
    "brow-lift": "lifting de cejas, levantamiento de cejas, lifting frontal, cejas caídas, cejas caidas, frontoplastia",
    "otoplasty": "otoplastia, otoplastía, cirugía de orejas, cirugia de orejas, orejas salidas, orejas "
    "despegadas, orejas de soplillo, orejas",
    "breast-lift": "levantamiento de senos, levantamiento de busto, mastopexia, senos caídos, senos caidos, pechos "
    "caídos, lifting de senos",
    "breast-reduction": "reducción de senos, reduccion de senos, reducción de busto, reducción mamaria, "
    "mamoplastia de reducción, mamoplastia de reduccion",
    "chin-implant": "implante de mentón, implante de menton, implante de barbilla, mentoplastia, genioplastia, "
    "aumento de mentón, mentón, menton",
    "chemical-peel": "peeling químico, peeling quimico, peeling, peel, exfoliación química, tca, ácido glicólico, "
    "acido glicolico, ácido salicílico, vi peel",
    "microneedling": "microneedling, micro needling, microagujas, micropunción, micropuncion, inducción de "
    "colágeno, dermapen, skinpen",
    "hydrafacial": "hydrafacial, hydra facial, hidrafacial, hidra facial, limpieza facial profunda, hidratación facial",
    "tretinoin": "tretinoína, tretinoina, retin-a, retinoide, retinoides, ácido retinoico, acido retinoico",
    "microdermabrasion": "microdermoabrasión, microdermoabrasion, microdermabrasión, microdermabrasion, "
    "punta de diamante, exfoliación mecánica",
    "prp-facial": "prp, plasma rico en plaquetas, facial vampiro, vampire facial, plasma, plaquetas",
    "dermaplaning": "dermaplaning, dermaplane, dermaplanning, vello facial, pelusa facial, rasurado facial, "
    "afeitado facial",
    "led-light-therapy": "led, luz led, terapia led, fototerapia, luz roja, luz azul, máscara led, mascara led",
    "porcelain-veneers": "carillas, carillas de porcelana, carillas dentales, carilla, veneers, diseño de "
    "sonrisa, diseno de sonrisa",
    "teeth-whitening": "blanqueamiento dental, blanqueamiento de dientes, blanqueamiento, dientes blancos, "
    "blanquear los dientes",
    "invisalign": "invisalign, invisaline, alineadores, alineadores transparentes, alineadores invisibles, "
    "ortodoncia invisible, frenos invisibles, brackets invisibles",
    "dental-bonding": "bonding dental, bonding, resina dental, resinas estéticas, resinas esteticas, carillas de "
    "resina, diente astillado, dientes astillados, diente roto",
    "gum-contouring": "contorneado de encías, contorneado de encias, contorno de encías, gingivoplastia, "
    "gingivectomía, gingivectomia, sonrisa gingival, encías, encias",
}

OVERVIEWS: dict[str, Overview] = {}
