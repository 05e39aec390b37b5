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
    "ipl-photofacial": "Luz pulsada intensa que atenúa el enrojecimiento y las manchas de color café.",
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

OVERVIEWS: dict[str, Overview] = {
    "botox": Overview(
        reviewer="ruiz",
        what="Botox (onabotulinumtoxinA) es una toxina botulínica purificada que se inyecta en dosis muy pequeñas "
        "para suavizar las líneas que forma el movimiento: las del entrecejo, las de la frente y las patas de "
        "gallo. El mismo medicamento se usa para la sudoración excesiva, el apretar la mandíbula y la migraña "
        "crónica.",
        how="Bloquea la señal que va del nervio al músculo, así que el músculo tratado se relaja y la piel que lo "
        "cubre se arruga menos. La cita dura de diez a quince minutos: unas cuantas inyecciones pequeñas con una "
        "aguja muy fina, por lo general sin anestesia.",
        downtime="Poco o nada. Las pequeñas ronchas en los puntos de inyección desaparecen en menos de una hora, y "
        "puede salir un moretón. Normalmente se le pide que no se acueste durante unas cuatro horas y que evite el "
        "ejercicio intenso y frotarse la zona el resto del día.",
        results="Empieza a hacer efecto en tres a siete días y alcanza su efecto completo hacia las dos semanas, "
        "que es cuando se valora si hace falta un retoque. El efecto dura de tres a cuatro meses, mientras las "
        "terminaciones nerviosas se recuperan; algunas personas notan que dura un poco más después de varios "
        "tratamientos.",
        risks="Frecuentes: enrojecimiento, un dolor de cabeza leve o un pequeño moretón. Menos frecuentes: caída "
        "del párpado o de la ceja, o un aspecto disparejo o pesado cuando la dosis o el sitio de aplicación no son "
        "los adecuados; esto desaparece con la toxina, en el curso de semanas. Que la toxina se extienda y afecte "
        "la capacidad de tragar o de respirar es muy raro con las dosis estéticas.",
        suits="Adultos a quienes les molestan las líneas que aparecen al fruncir el ceño, levantar las cejas o "
        "entrecerrar los ojos. Ayuda poco con las líneas que ya se marcan en reposo o con la piel flácida. No se "
        "aplica durante el embarazo ni la lactancia, ni a personas con enfermedades de los nervios y los músculos, "
        "como la miastenia gravis.",
        glance=("Ninguno", "3 a 4 meses", "1, luego cada 3 a 4 meses"),
    ),
    "dysport": Overview(
        reviewer="osei",
        what="Dysport (abobotulinumtoxinA) es una toxina botulínica que se usa, igual que Botox, para relajar los "
        "músculos que forman las líneas del entrecejo, las de la frente y las patas de gallo.",
        how="Inyectada en dosis pequeñas, bloquea la señal nerviosa que hace que el músculo se contraiga. Sus "
        "unidades no equivalen a las de Botox (aproximadamente dos unidades y media de Dysport hacen el trabajo "
        "de una de Botox), así que una cifra más alta en la cuenta no significa una dosis más fuerte.",
        downtime="Prácticamente ninguno: pequeñas ronchas durante una hora y, a veces, un moretón. Lo habitual es "
        "recomendar no acostarse durante unas horas y evitar el ejercicio intenso ese día.",
        results="Muchas personas notan que empieza a actuar en dos a cinco días, más o menos un día antes que "
        "Botox, con el efecto completo hacia las dos semanas. Dura de tres a cuatro meses.",
        risks="Los mismos que los de otras toxinas: el enrojecimiento, el dolor de cabeza y los moretones son "
        "frecuentes; la ceja pesada o el párpado caído son poco frecuentes y desaparecen en el curso de semanas. "
        "Se extiende un poco más que Botox, lo que conviene en zonas amplias como la frente, pero exige cuidado "
        "cerca de los ojos.",
        suits="Adultos con líneas de expresión, incluidas las personas a quienes Botox parece durarles poco y que "
        "quieren probar otra toxina. No se aplica durante el embarazo ni la lactancia, ni a personas con "
        "trastornos de los nervios y los músculos.",
        glance=("Ninguno", "3 a 4 meses", "1, luego cada 3 a 4 meses"),
    ),
    "masseter-botox": Overview(
        reviewer="ruiz",
        what="Toxina botulínica inyectada en los maseteros, los músculos de la masticación que están en el ángulo "
        "de la mandíbula, para aliviar el apretar y rechinar los dientes y afinar una parte inferior de la cara "
        "cuadrada.",
        how="Al relajarse, un músculo grande y sobrecargado se reduce en las semanas siguientes, lo que afina la "
        "mandíbula y le quita fuerza al rechinar. Las dosis son mayores que para las líneas del entrecejo: unas "
        "cuantas inyecciones de cada lado.",
        downtime="Ninguno. Puede sentir que mastica con menos fuerza durante unas semanas, sobre todo con alimentos "
        "duros o fibrosos.",
        results="El alivio al apretar los dientes llega en una a dos semanas; el afinamiento se nota en seis a "
        "ocho semanas, a medida que el músculo se reduce. Dura de cuatro a seis meses, y a menudo más después de "
        "varios tratamientos.",
        risks="Los moretones y la sensibilidad son frecuentes. Poco frecuentes: una sonrisa dispareja si la toxina "
        "llega a los músculos de la sonrisa, o un pequeño hundimiento debajo del pómulo después de tratamientos "
        "repetidos; ambos se corrigen a medida que pasa el efecto.",
        suits="Personas con una mandíbula cuadrada por el músculo, no por el hueso ni por grasa, y quienes aprietan "
        "o rechinan los dientes. Un dentista también debe revisar los dientes y la mordida; no reemplaza a una "
        "guarda nocturna cuando hace falta.",
        glance=("Ninguno", "4 a 6 meses", "1, luego cada 4 a 6 meses"),
    ),
    "lip-flip": Overview(
        reviewer="lindqvist",
        what="El lip flip consiste en unas pocas unidades de toxina botulínica aplicadas a lo largo del borde del "
        "labio superior, para que el labio se gire ligeramente hacia afuera y se vea un poco más al sonreír. No "
        "agrega volumen.",
        how="La toxina relaja el borde del músculo que rodea la boca, lo que permite que el labio se gire hacia "
        "arriba en lugar de meterse hacia adentro. Las inyecciones toman un par de minutos.",
        downtime="Ninguno, aunque beber con popote o pajita, silbar o pronunciar la 'p' y la 'b' pueden sentirse "
        "raros durante una o dos semanas.",
        results="Se nota en tres a siete días, con el efecto completo hacia las dos semanas. Como la dosis es "
        "pequeña y el músculo se mueve todo el tiempo, en la mayoría de las personas dura solo de seis a ocho "
        "semanas.",
        risks="Un poco de hinchazón o un moretón. Si el músculo se relaja de más, puede costar fruncir los labios "
        "o escaparse la bebida al tomar durante unas semanas; esto pasa cuando se va el efecto de la toxina.",
        suits="Personas que quieren que el labio superior se vea un poco más lleno, o una sonrisa que muestre "
        "menos encía, sin relleno. No da volumen real; para eso está el relleno.",
        glance=("Ninguno", "6 a 8 semanas", "1, se repite si lo desea"),
    ),
    "lip-filler": Overview(
        reviewer="lindqvist",
        what="El relleno de labios es un gel suave de ácido hialurónico (de marcas como Juvéderm y Restylane) que "
        "se inyecta para dar volumen, definir el contorno del labio o corregir asimetrías. El ácido hialurónico "
        "es un azúcar que el propio cuerpo produce, y se puede disolver.",
        how="El gel se coloca gota a gota con una aguja fina o una cánula de punta roma, y atrae agua que da "
        "volumen al labio. La mayoría de los rellenos contienen lidocaína, y una crema anestésica o un bloqueo "
        "dental lo hacen tolerable.",
        downtime="De dos a cuatro días de hinchazón, peor a la mañana siguiente, y a veces moretones. Al principio "
        "se pueden sentir bolitas, que por lo general se suavizan a medida que el relleno se asienta.",
        results="Verá el cambio de inmediato, pero el resultado real se aprecia cuando se ha ido la hinchazón, "
        "hacia las dos semanas. Dura de seis a doce meses, más en algunas personas.",
        risks="La hinchazón, los moretones y la sensibilidad son frecuentes; en quienes suelen tener herpes labial, "
        "este puede reaparecer. Raro pero grave: que el relleno bloquee un vaso sanguíneo, lo que se manifiesta "
        "con dolor y piel pálida o amoratada, y obliga a disolverlo de inmediato. Importa que quien inyecta tenga "
        "hialuronidasa a la mano y conozca bien la anatomía.",
        suits="Adultos que quieren un poco más de volumen o de forma, o recuperar labios que se han adelgazado con "
        "la edad. Las cantidades pequeñas y graduales dan los resultados más naturales. No durante el embarazo ni "
        "con un herpes labial activo.",
        glance=("2 a 4 días", "6 a 12 meses", "1, a veces un retoque"),
    ),
    "cheek-filler": Overview(
        reviewer="lindqvist",
        what="El relleno de pómulos es un gel de ácido hialurónico más firme (como Voluma) que se coloca sobre los "
        "pómulos para devolver el volumen que la parte media de la cara pierde con la edad, o para darle un poco "
        "más de definición.",
        how="El relleno se coloca en profundidad, cerca del hueso, con aguja o cánula. Levantar la mejilla también "
        "puede suavizar los surcos a los lados de la nariz y el hundimiento debajo de los ojos.",
        downtime="Unos días de hinchazón leve y sensibilidad, y de vez en cuando un moretón. Ayuda dormir boca "
        "arriba un par de noches.",
        results="Se ve de inmediato y se asienta en dos semanas. Los rellenos de pómulos están entre los que más "
        "duran: de doce a dieciocho meses, a veces dos años.",
        risks="La hinchazón, la sensibilidad y los moretones son frecuentes; las bolitas o la asimetría se pueden "
        "ajustar o disolver. Raro pero grave: un vaso sanguíneo bloqueado, que requiere tratamiento de inmediato.",
        suits="Personas cuyas mejillas se han aplanado con la edad o al bajar de peso. El error habitual es "
        "rellenar de más: un buen inyector avanza poco a poco, a veces en dos sesiones.",
        glance=("Unos días", "12 a 18 meses", "1 o 2"),
    ),
    "under-eye-filler": Overview(
        reviewer="chen",
        what="El relleno de ojeras (del surco lagrimal) es un gel suave de ácido hialurónico que se coloca en el "
        "hundimiento entre el párpado inferior y la mejilla para suavizar un aspecto cansado y ensombrecido.",
        how="Se deposita una pequeña cantidad de relleno en profundidad, sobre el hueso, por lo general con una "
        "cánula de punta roma, para rellenar el surco. Aquí la técnica y el producto elegido importan más que en "
        "casi cualquier otra zona de la cara: la piel es delgada y la zona se hincha con facilidad.",
        downtime="Unos días de hinchazón y una probabilidad real de moretones, que pueden tardar una o dos semanas "
        "en desaparecer.",
        results="Se nota de inmediato, con el aspecto final hacia las dos semanas. Dura de nueve meses a bastante "
        "más de un año, y debajo de los ojos el relleno puede permanecer durante años.",
        risks="Los moretones y la hinchazón son frecuentes. Un tono azulado (el efecto Tyndall) o una hinchazón que "
        "no cede se deben a relleno colocado demasiado superficial o en exceso; en ambos casos se puede disolver. "
        "El relleno dentro de un vaso sanguíneo cerca del ojo es raro, pero puede poner en riesgo la vista; por "
        "eso importa la formación de quien inyecta.",
        suits="Personas con hundimiento debajo del ojo y buena calidad de piel. No corrige las bolsas causadas por "
        "grasa o líquido, que el relleno puede empeorar; en ese caso, la cirugía del párpado inferior puede ser "
        "mejor opción.",
        glance=("Unos días", "9 a 18 meses", "1, a veces un retoque"),
    ),
    "jawline-filler": Overview(
        reviewer="moreau",
        what="El relleno de mandíbula es un gel firme de ácido hialurónico (o de hidroxiapatita de calcio) que se "
        "coloca a lo largo de la mandíbula y el mentón para definir el perfil y marcar la línea entre la mandíbula "
        "y el cuello.",
        how="El relleno se coloca sobre el hueso, en el ángulo de la mandíbula y a lo largo de su borde, con aguja "
        "o cánula. Una mandíbula definida suele requerir varias jeringas, así que el costo va sumando.",
        downtime="Unos días de sensibilidad al masticar, con algo de hinchazón y moretones.",
        results="Se ve de inmediato. Dura de doce a dieciocho meses, a veces más, porque la mandíbula se mueve poco.",
        risks="Sensibilidad, hinchazón y moretones; asimetrías que se pueden ajustar. Raro: un vaso sanguíneo "
        "bloqueado o una infección. Demasiado relleno puede hacer que la parte inferior de la cara se vea pesada y "
        "ancha.",
        suits="Personas con una mandíbula poco definida o retraída y una piel razonablemente firme. La piel caída a "
        "los lados de la mandíbula o mucha grasa debajo del mentón suelen necesitar otro enfoque, como un lifting "
        "de cuello o la reducción de grasa.",
        glance=("Unos días", "12 a 18 meses", "1 o 2"),
    ),
    "chin-filler": Overview(
        reviewer="silva",
        what="El relleno de mentón es un gel firme de ácido hialurónico que alarga o proyecta el mentón para "
        "equilibrar el perfil, sin cirugía.",
        how="El relleno se coloca sobre el hueso, en la parte frontal del mentón; por lo general, una o dos "
        "jeringas. Se puede probar primero para ver si un mentón más marcado le favorece antes de pensar en un "
        "implante.",
        downtime="Dos o tres días de sensibilidad e hinchazón, a veces un moretón.",
        results="Se ve de inmediato y se asienta en dos semanas. Dura de doce a dieciocho meses.",
        risks="La hinchazón, los moretones y la sensibilidad son frecuentes; una bolita o una asimetría se pueden "
        "ajustar o disolver. Un vaso sanguíneo bloqueado es raro, pero requiere tratamiento de inmediato.",
        suits="Personas con un mentón algo pequeño o retraído. Un mentón muy pequeño, o uno que va acompañado de un "
        "problema de mordida, puede resolverse mejor con un implante o con cirugía de mandíbula.",
        glance=("2 a 3 días", "12 a 18 meses", "1"),
    ),
    "kybella": Overview(
        reviewer="ruiz",
        what="Kybella (ácido desoxicólico) es un inyectable que destruye de forma permanente las células de grasa "
        "de debajo del mentón. Es una copia de una sustancia que el cuerpo usa para digerir las grasas.",
        how="Se aplican muchas inyecciones pequeñas, en forma de cuadrícula, debajo del mentón. El ácido rompe las "
        "paredes de las células de grasa, y el cuerpo las elimina en las semanas siguientes.",
        downtime="El mayor de todos los inyectables: una semana o más de hinchazón marcada debajo del mentón (el "
        "aspecto de 'papada de sapo'), moretones y adormecimiento que puede durar varias semanas.",
        results="El cambio aparece poco a poco en las seis a ocho semanas que siguen a cada sesión, y la mayoría "
        "de las personas necesita de dos a cuatro sesiones. Las células de grasa tratadas desaparecen para "
        "siempre, siempre que su peso se mantenga estable.",
        risks="La hinchazón, el dolor, los moretones, el adormecimiento y el endurecimiento de la zona son "
        "frecuentes. Poco frecuentes: una lesión del nervio del labio inferior, que deja la sonrisa dispareja "
        "durante semanas o meses, y dificultad para tragar. Las úlceras en los sitios de inyección son raras.",
        suits="Personas con un cúmulo moderado de grasa debajo del mentón y buena elasticidad de la piel. La piel "
        "flácida, o la grasa profunda por debajo del músculo, no mejorará; una liposucción o un lifting de cuello "
        "pueden ser más adecuados.",
        glance=("1 a 2 semanas de hinchazón", "Permanente", "2 a 4, cada 6 semanas"),
    ),
    "sculptra": Overview(
        reviewer="raman",
        what="Sculptra es ácido poli-L-láctico, un inyectable que estimula a la piel para que produzca su propio "
        "colágeno. Devuelve el volumen poco a poco en las sienes, las mejillas y la mandíbula, en lugar de "
        "rellenar una sola línea.",
        how="El polvo se mezcla con agua y lidocaína y se inyecta en profundidad en la cara. El líquido se absorbe "
        "en pocos días y las partículas estimulan la formación de colágeno nuevo en los meses siguientes. Masajear "
        "la zona varias veces al día durante unos días después ayuda a que se reparta de manera uniforme.",
        downtime="Uno o dos días de hinchazón y a veces moretones. La hinchazón baja antes de que aparezca el "
        "resultado real, así que durante un tiempo la cara se ve prácticamente como antes.",
        results="Es lento: el cambio se nota en el curso de tres a seis meses, después de una serie de dos o tres "
        "sesiones separadas por cuatro a seis semanas. Dura unos dos años.",
        risks="Moretones, sensibilidad e hinchazón. El principal riesgo son pequeñas bolitas (nódulos) bajo la "
        "piel, más probables cerca de los labios y de los ojos; la mayoría se palpan pero no se ven.",
        suits="Personas con una pérdida de volumen gradual y generalizada que prefieren un cambio lento y sutil. No "
        "es para quien quiere un resultado inmediato antes de un evento.",
        glance=("1 a 2 días", "Unos 2 años", "2 o 3, cada 4 a 6 semanas"),
    ),
    "radiesse": Overview(
        reviewer="lindqvist",
        what="Radiesse es un relleno hecho de microesferas de hidroxiapatita de calcio en un gel. Da volumen de "
        "inmediato y además estimula el colágeno; se usa a lo largo de la mandíbula, en las mejillas y en el dorso "
        "de las manos.",
        how="El gel se inyecta en profundidad con aguja o cánula; a medida que el gel se absorbe, se forma colágeno "
        "alrededor de las microesferas. Diluido, se usa para engrosar y dar firmeza a la piel delgada.",
        downtime="Unos días de hinchazón y posiblemente moretones; las manos pueden estar hinchadas durante una "
        "semana.",
        results="Se ve de inmediato, y el efecto del colágeno aumenta en el transcurso de unos meses. Dura de doce "
        "a dieciocho meses.",
        risks="Hinchazón, moretones y sensibilidad. Pueden aparecer bolitas y, a diferencia del relleno de ácido "
        "hialurónico, Radiesse no se puede disolver con una enzima. No se usa en los labios ni debajo de los ojos.",
        suits="Personas que buscan estructura en la mandíbula o en las mejillas, o un dorso de las manos más lleno "
        "y terso. Quienes quieran tener la opción de disolver el relleno deben elegir ácido hialurónico.",
        glance=("Unos días", "12 a 18 meses", "1"),
    ),
    "sclerotherapy": Overview(
        reviewer="ruiz",
        what="La escleroterapia trata las arañitas vasculares y las várices pequeñas, sobre todo en las piernas, "
        "con la inyección de una solución que las cierra.",
        how="Con una aguja diminuta se aplica un esclerosante (como el polidocanol) dentro de la vena. Este irrita "
        "el revestimiento de la vena, que se colapsa, se cierra con una cicatriz y se absorbe; la sangre pasa a "
        "circular por venas sanas. Después se usan medias de compresión de una a tres semanas.",
        downtime="Sale caminando y puede trabajar el mismo día; se recomienda caminar. Los moretones y las ronchas "
        "que pican a lo largo de las venas son frecuentes durante una o dos semanas, y el ejercicio intenso se "
        "suspende unos días.",
        results="Las venas se desvanecen en tres a seis semanas en el caso de las arañitas vasculares, y en tres a "
        "cuatro meses en las más grandes. Las venas tratadas desaparecen, pero con los años suelen aparecer otras "
        "nuevas.",
        risks="Moretones y manchas de color café a lo largo de la vena, que suelen desaparecer en unos meses. "
        "Pueden formarse grupos de venitas nuevas (lo que se conoce como matting). Raro: una úlcera en la piel en "
        "el sitio de inyección, o un coágulo en una vena más profunda.",
        suits="Personas con arañitas vasculares o várices pequeñas. Las várices más grandes y abultadas necesitan "
        "primero un ultrasonido, porque muchas veces hay que tratar antes una válvula que falla más arriba que las "
        "venas pequeñas.",
        glance=("Ninguno; medias 1 a 3 semanas", "Las venas tratadas no regresan", "2 a 4, una al mes"),
    ),
    "fraxel-laser": Overview(
        reviewer="raman",
        what="Fraxel es un láser fraccionado que renueva la superficie de la piel para mejorar las cicatrices de "
        "acné, las líneas finas, los poros dilatados, el daño solar y la pigmentación dispareja. La versión no "
        "ablativa deja intacta la superficie, así que la recuperación es de días y no de semanas.",
        how="El láser crea miles de columnas microscópicas de calor en la piel y deja intacta la piel que hay entre "
        "ellas, lo que hace que las columnas sanen rápido y se forme colágeno nuevo. La crema anestésica se aplica "
        "una hora antes; la sesión dura de veinte a treinta minutos.",
        downtime="De tres a cinco días de enrojecimiento, hinchazón y una sensación como de lija, y luego alrededor "
        "de una semana de descamación fina. La mayoría de las personas evita las reuniones durante unos días en "
        "lugar de tomarse días libres del trabajo.",
        results="La piel se ve más fresca en un par de semanas, y el colágeno se sigue formando durante unos tres "
        "meses después de la última sesión. La mejoría de las cicatrices dura años, siempre que proteja su piel "
        "del sol.",
        risks="Se esperan enrojecimiento, hinchazón y descamación. Menos frecuentes: brotes de acné, herpes labial "
        "(a quienes suelen tenerlo se les da un antiviral) y oscurecimiento de la piel, más probable en las pieles "
        "más oscuras, lo que exige potencias más bajas y un médico con experiencia en ellas. Las cicatrices son "
        "raras.",
        suits="Personas con cicatrices de acné, daño solar o textura irregular que puedan reservar unos días sin "
        "vida social por sesión. No se hace sobre piel bronceada ni durante un brote activo de acné o de herpes "
        "labial.",
        glance=("3 a 7 días", "Años, en las cicatrices", "3 a 5, cada 4 a 6 semanas"),
    ),
    "co2-laser-resurfacing": Overview(
        reviewer="tanaka",
        what="El láser CO2 es un tratamiento con láser ablativo para las arrugas más profundas, las cicatrices de "
        "acné y el daño solar marcado. Logra el mayor cambio de todos los láseres, con la recuperación más larga.",
        how="El láser vaporiza las capas externas de la piel, en un patrón fraccionado o en toda la superficie, y "
        "calienta la capa de abajo para que se tense y produzca colágeno nuevo. Se hace con inyecciones de "
        "anestesia local, con sedación o con anestesia general.",
        downtime="De una semana a diez días de piel en carne viva, que supura y luego se pela, y que necesita "
        "pomada y una limpieza cuidadosa; después, de uno a tres meses de color rosado, que se puede cubrir con "
        "maquillaje una vez que la piel ha sanado.",
        results="El resultado se ve cuando se desvanece el color rosado y sigue mejorando hasta por seis meses. "
        "Dura muchos años, aunque la piel sigue envejeciendo.",
        risks="El enrojecimiento prolongado, el acné y los milia (granitos blancos) son frecuentes. Las infecciones "
        "(por bacterias, por hongos o de herpes labial), el oscurecimiento o aclaramiento de la piel y las "
        "cicatrices son los riesgos graves; el aclaramiento puede ser permanente y aparecer meses después.",
        suits="Pieles claras con líneas o cicatrices más profundas, en personas que puedan apartarse dos semanas de "
        "sus actividades. Las pieles más oscuras tienen mayor riesgo de cambios de pigmentación y suelen obtener "
        "mejores resultados con láseres más suaves. Según la práctica de la mayoría de los médicos, no se hace en "
        "los seis meses siguientes a tomar isotretinoína.",
        glance=("1 a 2 semanas", "Muchos años", "Por lo general, 1"),
    ),
    "ipl-photofacial": Overview(
        reviewer="raman",
        what="La IPL (luz pulsada intensa) trata el enrojecimiento, los capilares rotos, el rubor de la rosácea y "
        "las manchas de sol de color café. No es un láser, sino un destello de luz de amplio espectro, filtrado "
        "según lo que se quiere tratar.",
        how="La luz la absorben el pigmento de las manchas y la sangre de los vasos pequeños, que se calientan y se "
        "deshacen. Cada pulso se siente como el chasquido de una liga; una cara toma unos veinte minutos.",
        downtime="Uno o dos días de enrojecimiento. Las manchas se oscurecen, como granos de café molido, y se "
        "desprenden en menos de una semana.",
        results="Cada sesión produce un cambio visible en una o dos semanas. Después de una serie de tres a cinco "
        "sesiones, el resultado dura un año o más, pero sin protección solar vuelven el daño solar y el "
        "enrojecimiento.",
        risks="El enrojecimiento y la hinchazón son frecuentes. Pueden producirse quemaduras, ampollas y zonas de "
        "piel más clara o más oscura, sobre todo en piel bronceada o más oscura, en la que por lo general se evita "
        "la IPL.",
        suits="Pieles de claras a trigueñas claras con enrojecimiento o manchas de sol. No es para piel bronceada "
        "ni para pieles más oscuras, y el melasma puede empeorar con la IPL, así que un dermatólogo debe confirmar "
        "primero qué son las manchas.",
        glance=("1 a 2 días", "Un año o más", "3 a 5, una al mes"),
    ),
    "laser-hair-removal": Overview(
        reviewer="raman",
        what="La depilación láser usa luz que absorbe el pigmento del vello para dañar el folículo, lo que reduce "
        "el crecimiento del vello a largo plazo en la cara, las axilas, la zona del bikini, las piernas o la "
        "espalda.",
        how="El láser calienta el tallo del vello y el folículo que lo rodea. Solo afecta a los folículos que están "
        "en fase de crecimiento; por eso se necesitan varias sesiones. Antes, la zona se rasura; no se depila con "
        "cera ni con pinzas.",
        downtime="Unas horas de enrojecimiento y granitos alrededor de los folículos. Durante un par de semanas se "
        "evita que el sol dé en la piel tratada.",
        results="Los vellos tratados se caen en las dos a tres semanas que siguen a cada sesión. Después de seis a "
        "ocho sesiones, la mayoría de las personas logra una reducción duradera del 70 al 90 por ciento, con un "
        "retoque una o dos veces al año. Es una reducción, no una eliminación permanente garantizada.",
        risks="Enrojecimiento, hinchazón y un ardor parecido al de una quemadura de sol. Las quemaduras y los "
        "cambios de pigmentación son poco frecuentes con el láser adecuado para su piel; las pieles más oscuras "
        "necesitan un láser Nd:YAG. En ocasiones, el vello vuelve a crecer más grueso en las zonas cercanas "
        "(crecimiento paradójico).",
        suits="Personas con vello oscuro; el láser Nd:YAG lo hace seguro también para las pieles más oscuras. El "
        "vello rubio, pelirrojo, gris o blanco responde mal porque tiene muy poco pigmento.",
        glance=("Unas horas", "Largo plazo, retoques anuales", "6 a 8, cada 4 a 8 semanas"),
    ),
    "morpheus8": Overview(
        reviewer="osei",
        what="Morpheus8 es microneedling con radiofrecuencia: agujas finas que llevan calor por debajo de la "
        "superficie para tensar la piel y mejorar la textura, las cicatrices de acné y la flacidez leve en la "
        "cara, el cuello y el cuerpo.",
        how="Unas agujas recubiertas de oro entran en la piel a una profundidad determinada y liberan energía de "
        "radiofrecuencia, que produce un calor controlado que remodela el colágeno. Se hace con crema anestésica "
        "y, a veces, con un bloqueo nervioso.",
        downtime="De dos a cuatro días de enrojecimiento e hinchazón, con una cuadrícula de marcas diminutas hasta "
        "por una semana.",
        results="El cambio aumenta poco a poco durante unos tres meses. Después de una serie de tres sesiones, los "
        "resultados duran un año o más, con una sesión de mantenimiento al año.",
        risks="El enrojecimiento, la hinchazón y las costritas son frecuentes. Menos frecuentes: líneas de marcas "
        "que siguen el patrón de las agujas, oscurecimiento de la piel y, con potencias altas, pérdida de grasa "
        "que hunde la cara.",
        suits="Personas con flacidez incipiente, cicatrices de acné o piel de textura irregular que no quieren "
        "cirugía. La flacidez marcada se trata mejor con un lifting. Con potencias cuidadosas, es adecuado para "
        "la mayoría de los tonos de piel.",
        glance=("2 a 4 días", "Un año o más", "3, cada 4 a 6 semanas"),
    ),
    "ultherapy": Overview(
        reviewer="moreau",
        what="Ultherapy es ultrasonido focalizado que calienta las capas profundas de la piel y el tejido que está "
        "debajo para levantar un poco las cejas, la mandíbula y el cuello, sin cortes.",
        how="El profesional observa una imagen de ultrasonido y coloca líneas de puntos de calor a las "
        "profundidades elegidas, hasta la capa que tensa un lifting facial. El calor contrae el tejido y forma "
        "colágeno nuevo. Es incómodo; lo habitual es tomar analgésicos antes.",
        downtime="Poco: algo de sensibilidad, hinchazón y, en ocasiones, hormigueo durante unos días.",
        results="Un levantamiento sutil aparece poco a poco en dos a tres meses. Dura uno o dos años, ya que la "
        "piel sigue envejeciendo.",
        risks="Enrojecimiento, hinchazón y sensibilidad. Menos frecuentes: moretones, adormecimiento temporal o "
        "ronchas a lo largo de las líneas de tratamiento. La debilidad de un nervio es rara y temporal. Los "
        "resultados varían mucho de una persona a otra.",
        suits="Personas con flacidez de leve a moderada y buena piel que buscan una mejoría discreta. No iguala a "
        "un lifting facial cuando la flacidez es marcada, y funciona peor en piel muy delgada o muy gruesa.",
        glance=("Poco o ninguno", "1 a 2 años", "1"),
    ),
    "coolsculpting": Overview(
        reviewer="bennett",
        what="CoolSculpting (criolipólisis) reduce, con frío, los cúmulos de grasa rebeldes del abdomen, los "
        "costados, los muslos o de debajo del mentón. No es una forma de bajar de peso.",
        how="Un aplicador succiona la zona y la enfría durante unos 35 a 45 minutos. Las células de grasa son más "
        "sensibles al frío que la piel que las rodea; el frío destruye una parte de ellas, y el cuerpo las elimina "
        "en los meses siguientes.",
        downtime="No hace falta faltar al trabajo. La zona queda adormecida e hinchada, y puede doler u hormiguear "
        "durante unas semanas.",
        results="El cambio se nota poco a poco en dos a tres meses, con una reducción de alrededor de una quinta "
        "parte de la capa de grasa por sesión. Las células de grasa eliminadas no vuelven, siempre que su peso se "
        "mantenga estable.",
        risks="El adormecimiento, la hinchazón, los moretones y el dolor son frecuentes. En raras ocasiones, la "
        "grasa tratada crece y se endurece en lugar de reducirse (hiperplasia adiposa paradójica), lo que requiere "
        "una liposucción para corregirlo.",
        suits="Personas cerca de su peso ideal con un rollito que se puede pellizcar y que no ha cedido con dieta "
        "y ejercicio. No tensa la piel flácida, y mucha grasa se trata mejor con liposucción.",
        glance=("Ninguno", "Permanente para la grasa eliminada", "1 o 2 por zona"),
    ),
    "tattoo-removal": Overview(
        reviewer="ruiz",
        what="La eliminación de tatuajes con láser rompe la tinta en partículas lo bastante pequeñas para que el "
        "cuerpo las elimine. Los láseres de picosegundos y Q-switched son el estándar.",
        how="Pulsos muy cortos fragmentan la tinta; el sistema inmunitario se lleva los fragmentos en las semanas "
        "siguientes. Cada color necesita una longitud de onda distinta; el negro es el que mejor se desvanece, "
        "mientras que el verde, el azul y algunos amarillos se resisten.",
        downtime="Ampollas y costras durante una o dos semanas después de cada sesión. La zona se mantiene limpia, "
        "cubierta y protegida del sol.",
        results="La tinta se aclara un poco más después de cada sesión. La mayoría de los tatuajes necesitan de "
        "seis a doce sesiones o más, con seis a ocho semanas entre una y otra; algunos nunca se borran por "
        "completo. Una vez eliminada, la tinta no vuelve.",
        risks="Se esperan ampollas, costras e hinchazón. Son posibles el aclaramiento o el oscurecimiento de la "
        "piel, los cambios de textura y las cicatrices. Algunas tintas (la blanca, los tonos piel, algunos rojos) "
        "pueden oscurecerse con el láser.",
        suits="La mayoría de las personas con tatuajes que ya no quieren; los tatuajes caseros y los antiguos "
        "suelen borrarse más rápido que los profesionales. En las pieles más oscuras se usan potencias ajustadas, "
        "con más cuidado por los cambios de pigmentación.",
        glance=("1 a 2 semanas por sesión", "Permanente una vez eliminado", "6 a 12 o más, cada 6 a 8 semanas"),
    ),
    "thermage": Overview(
        reviewer="moreau",
        what="Thermage es radiofrecuencia monopolar que calienta la piel en profundidad para tensarla, en la cara, "
        "los párpados, el cuello o el cuerpo, en una sola sesión.",
        how="Una punta de tratamiento enfría la superficie mientras la radiofrecuencia calienta el tejido de abajo, "
        "lo que contrae el colágeno de inmediato y hace que se regenere en los meses siguientes. Cada pulso se "
        "siente como un calor breve.",
        downtime="Poco: algo de enrojecimiento durante unas horas y, de vez en cuando, una hinchazón leve.",
        results="Parte del tensado se ve de inmediato, y más en el curso de dos a seis meses. Dura uno o dos años.",
        risks="Enrojecimiento e hinchazón. Menos frecuentes: pequeñas quemaduras, ampollas o un hundimiento "
        "temporal de la piel.",
        suits="Personas con flacidez leve que buscan un cambio discreto y gradual. No sustituye a la cirugía cuando "
        "la piel está muy flácida.",
        glance=("Unas horas", "1 a 2 años", "1"),
    ),
    "emsculpt": Overview(
        reviewer="bennett",
        what="Emsculpt usa pulsos electromagnéticos de alta intensidad para que los músculos del abdomen, los "
        "glúteos, los brazos o las pantorrillas se contraigan con fuerza, con el fin de desarrollarlos y "
        "tonificarlos.",
        how="Usted se acuesta bajo el aplicador unos treinta minutos mientras este hace que el músculo se contraiga "
        "miles de veces, mucho más de lo que lograría un entrenamiento. Emsculpt Neo agrega calor por "
        "radiofrecuencia dirigido a la grasa que está encima.",
        downtime="Ninguno; los músculos duelen durante uno o dos días, como después de un entrenamiento intenso.",
        results="El cambio se nota de dos a tres meses después de la última sesión. Dura varios meses, con sesiones "
        "de mantenimiento y ejercicio regular.",
        risks="El dolor muscular es frecuente. No se usa sobre implantes de metal, en personas con marcapasos ni "
        "durante el embarazo. Los cambios medidos en los estudios son modestos.",
        suits="Personas en buena forma, cerca de su peso ideal, que quieren más tono muscular. No repara los "
        "músculos abdominales separados después del embarazo ni tensa la piel flácida.",
        glance=("Ninguno", "Varios meses", "4, cada 2 a 3 días"),
    ),
    "clear-brilliant": Overview(
        reviewer="osei",
        what="Clear + Brilliant es un láser fraccionado suave para el tono, la textura, los poros dilatados y el "
        "daño solar incipiente, al que a veces llaman 'baby Fraxel'.",
        how="Crea columnas de calor diminutas y superficiales en la capa superior de la piel, lo que estimula su "
        "renovación con mucho menos calor que Fraxel. Una cara toma unos veinte minutos, con crema anestésica.",
        downtime="Un día de enrojecimiento y una sensación áspera, como de lija, durante dos o tres días.",
        results="Un aspecto luminoso en una semana; la textura y el tono mejoran con una serie de cuatro a seis "
        "sesiones. Los resultados duran unos meses, y la mayoría de las personas lo repite una o dos veces al año.",
        risks="Enrojecimiento, hinchazón leve y granitos. El oscurecimiento de la piel es poco frecuente y menos "
        "probable que con láseres más potentes.",
        suits="Personas de entre veinte y cuarenta y tantos años con daño solar incipiente o textura opaca, y "
        "pieles más oscuras con potencias cuidadosas. Las cicatrices y arrugas profundas necesitan un láser más "
        "potente.",
        glance=("1 a 3 días", "Unos meses", "4 a 6, una al mes"),
    ),
    "rhinoplasty": Overview(
        reviewer="moreau",
        what="La rinoplastia es una cirugía que cambia la forma de la nariz: el dorso, la punta, el ancho o el "
        "ángulo con el labio. Muchas veces se combina con la corrección del tabique (septoplastia) cuando también "
        "hay problemas para respirar.",
        how="Con anestesia general, el cirujano da nueva forma al hueso y al cartílago a través de incisiones "
        "dentro de la nariz (técnica cerrada) o con un pequeño corte en la piel entre las fosas nasales (técnica "
        "abierta). Dura de dos a cuatro horas, y la mayoría de los pacientes se va a casa el mismo día.",
        downtime="Una semana con férula, con moretones alrededor de los ojos durante diez a catorce días. La "
        "mayoría de las personas vuelve a un trabajo de oficina después de una a dos semanas; los anteojos "
        "apoyados en la nariz, los deportes de contacto y el ejercicio intenso esperan unas seis semanas.",
        results="La forma general se ve a los pocos meses, pero la hinchazón tarda un año o más en bajar del todo, "
        "más en la punta y en la piel gruesa, así que el resultado final se valora hacia el año. El cambio es "
        "permanente, aunque la nariz envejece con el resto de la cara.",
        risks="La hinchazón, la congestión y el adormecimiento de la punta son frecuentes durante meses. Menos "
        "frecuentes: sangrado, infección, problemas para respirar, asimetría o un resultado que no le guste; un "
        "pequeño porcentaje de pacientes se somete a una cirugía de revisión, que es más difícil que la primera "
        "operación.",
        suits="Adultos, y adolescentes cuya nariz ya terminó de crecer, con metas claras y realistas. Las "
        "simulaciones por computadora ayudan a ponerse de acuerdo sobre el objetivo, y es importante un cirujano "
        "que revise la respiración además del aspecto.",
        glance=("1 a 2 semanas", "Permanente", "1 operación"),
    ),
    "facelift": Overview(
        reviewer="castillo",
        what="El lifting facial (ritidectomía) levanta y tensa los tejidos caídos de la parte inferior de la cara y "
        "del cuello: la flacidez a los lados de la mandíbula, los surcos profundos y la piel suelta del cuello. Por "
        "sí solo no cambia la frente, los ojos ni la textura de la piel.",
        how="A través de incisiones alrededor de las orejas que se extienden hacia la línea del cabello, el "
        "cirujano reposiciona la capa profunda del tejido (el SMAS o plano profundo) y retira el exceso de piel; "
        "luego la cierra sin tensión. Dura de tres a cinco horas, con anestesia general o sedación profunda.",
        downtime="De dos a tres semanas antes de que la mayoría de las personas se vea presentable, con moretones e "
        "hinchazón al principio, y adormecimiento y tirantez durante varios meses. Es posible que los drenajes se "
        "dejen uno o dos días.",
        results="La mayor parte del cambio se ve a los tres meses, y el resultado final entre los seis y los doce. "
        "Dura diez años o más: el reloj se atrasa, pero sigue avanzando.",
        risks="Se esperan hinchazón, moretones y adormecimiento. La complicación más frecuente es una acumulación "
        "de sangre (hematoma) en el primer día, más probable con presión arterial alta. Menos frecuentes: lesión "
        "de un nervio facial (por lo general temporal), cicatrices visibles, pérdida de cabello cerca de las "
        "incisiones y pérdida de piel en fumadores.",
        suits="Personas con buena salud, por lo general desde que se acercan a los cincuenta, con "
        "flacidez a los lados de la mandíbula y en el cuello. Hay que dejar de fumar y de usar nicotina semanas "
        "antes y después, porque le quitan a la piel el riego sanguíneo que necesita.",
        glance=("2 a 3 semanas", "10 años o más", "1 operación"),
    ),
    "blepharoplasty": Overview(
        reviewer="chen",
        what="La blefaroplastia es una cirugía de párpados. En los párpados superiores retira el exceso de piel (y "
        "a veces de grasa) que cae sobre el ojo; en los inferiores retira o recoloca la grasa que forma las bolsas.",
        how="Las incisiones del párpado superior quedan en el pliegue natural; la cirugía del párpado inferior se "
        "hace por dentro del párpado o justo debajo de las pestañas. Los párpados superiores suelen operarse con "
        "anestesia local en alrededor de una hora.",
        downtime="Moretones e hinchazón durante unas dos semanas; los puntos se retiran a los cinco a siete días. "
        "Los ojos pueden estar secos, llorosos o sensibles a la luz durante unas semanas. La mayoría de las "
        "personas está presentable a las dos semanas.",
        results="Los párpados se ven casi como quedarán a los dos o tres meses. Los resultados del párpado superior "
        "duran diez años o más, y los del párpado inferior, por lo general, para siempre.",
        risks="Ojo seco, por eso el cirujano lo revisa antes de operar, y dificultad temporal para cerrar los ojos "
        "por completo. Menos frecuentes: asimetría, un párpado inferior que queda descendido o que se retire "
        "demasiada piel. El sangrado detrás del ojo que pone en riesgo la vista es muy raro y requiere tratamiento "
        "de urgencia.",
        suits="Personas a quienes los párpados superiores caídos o las bolsas de los inferiores les dan un aspecto "
        "cansado, o cuyos párpados superiores les tapan la vista; en ese caso puede considerarse una cirugía "
        "médica y no estética. La caída del propio párpado (ptosis) o de la ceja necesita otra operación.",
        glance=("Unas 2 semanas", "10 años o más", "1 operación"),
    ),
    "brow-lift": Overview(
        reviewer="tanaka",
        what="El lifting de cejas eleva las cejas bajas o pesadas que hacen que los párpados superiores se vean "
        "caídos y que la cara se vea cansada o enojada. A veces se hace junto con la cirugía de los párpados "
        "superiores.",
        how="La ceja se eleva y se fija en su lugar con un endoscopio, a través de pequeñas incisiones en el cuero "
        "cabelludo, o bien mediante un corte en la línea del cabello o justo por encima de la ceja. Se hace con "
        "anestesia general o con sedación.",
        downtime="Unos diez días de hinchazón y moretones, que pueden bajar hacia los ojos. El cuero cabelludo queda "
        "adormecido o con comezón durante semanas o meses.",
        results="La ceja se asienta en su lugar a los dos o tres meses. El levantamiento dura muchos años.",
        risks="Adormecimiento del cuero cabelludo, por lo general temporal. Menos frecuentes: cejas disparejas, una "
        "expresión de sorpresa si se elevan demasiado, pérdida de cabello a lo largo de la incisión y lesión del "
        "nervio que levanta la ceja.",
        suits="Personas cuyas cejas han descendido, con un exceso sobre el párpado que la cirugía del párpado "
        "superior por sí sola no corregiría. La toxina puede levantar un poco la ceja durante unos meses, y "
        "algunas personas la prueban primero.",
        glance=("Unos 10 días", "Muchos años", "1 operación"),
    ),
    "neck-lift": Overview(
        reviewer="moreau",
        what="El lifting de cuello tensa la piel suelta del cuello y las bandas del músculo que se marcan como "
        "cuerdas, y define el ángulo entre la mandíbula y el cuello. A menudo se hace junto con un lifting facial.",
        how="A través de incisiones detrás de las orejas y una pequeña debajo del mentón, el cirujano tensa el "
        "músculo platisma, retira o recoloca grasa y vuelve a acomodar la piel. Dura de dos a tres horas.",
        downtime="De diez días a dos semanas antes de salir, con hinchazón y moretones, y tirantez durante varias "
        "semanas. A menudo se usa una mentonera la primera semana.",
        results="La mayor parte del cambio se ve a los tres meses. Dura diez años o más.",
        risks="Se esperan hinchazón, adormecimiento y tirantez. Menos frecuentes: una acumulación de sangre, "
        "cicatrices visibles, asimetrías y debilidad temporal del labio inferior por estiramiento del nervio.",
        suits="Personas con piel suelta o bandas en el cuello y una mandíbula poco definida. Quien solo tiene grasa "
        "debajo del mentón y buena piel puede necesitar únicamente una liposucción o Kybella.",
        glance=("10 días a 2 semanas", "10 años o más", "1 operación"),
    ),
    "otoplasty": Overview(
        reviewer="silva",
        what="La otoplastia es una cirugía de las orejas que acerca a la cabeza las orejas salidas o cambia la "
        "forma de sus pliegues. Se hace desde alrededor de los cinco años, cuando las orejas ya casi tienen su "
        "tamaño adulto, y también en adultos.",
        how="A través de un corte en el pliegue de detrás de la oreja, el cirujano moldea el cartílago con puntos "
        "permanentes o lo recorta. Dura de una a dos horas, con anestesia local en adultos y anestesia general en "
        "niños.",
        downtime="Un vendaje en la cabeza durante unos días, y luego una banda para la cabeza por la noche durante "
        "unas seis semanas. La mayoría de los adultos vuelve al trabajo en menos de una semana.",
        results="La nueva posición se ve de inmediato, y la hinchazón baja en seis semanas. El resultado es "
        "permanente; es posible que las orejas se separen un poco en los primeros meses, y eso se puede corregir.",
        risks="Dolor y adormecimiento. Menos frecuentes: puntos que se asoman a través de la piel, asimetría, una "
        "oreja que queda demasiado pegada y una cicatriz gruesa detrás de la oreja.",
        suits="Niños y adultos a quienes les molestan sus orejas salidas, con orejas sanas y expectativas "
        "realistas. En los recién nacidos, moldear las orejas en las primeras semanas puede evitar la cirugía.",
        glance=("Alrededor de una semana", "Permanente", "1 operación"),
    ),
    "chin-implant": Overview(
        reviewer="silva",
        what="El implante de mentón es un implante de silicona sólida que se coloca sobre el hueso del mentón para "
        "dar más proyección a un mentón pequeño o retraído. A menudo se hace junto con una rinoplastia, porque "
        "ambos equilibran juntos el perfil.",
        how="El implante se introduce en un bolsillo ajustado sobre el hueso, a través de un pequeño corte debajo "
        "del mentón o por dentro del labio inferior, en alrededor de una hora.",
        downtime="Una semana de hinchazón y tirantez, con un vendaje de cinta durante unos días. Dieta blanda unos "
        "días cuando la incisión está dentro de la boca.",
        results="El perfil se ve casi como quedará a las dos a cuatro semanas, y del todo a los tres meses. El "
        "implante es permanente, y se puede retirar o cambiar.",
        risks="Hinchazón y adormecimiento del labio inferior y del mentón, por lo general temporales. Menos "
        "frecuentes: infección, desplazamiento del implante y asimetría.",
        suits="Personas con un mentón de leve a moderadamente pequeño y una mordida normal. Un mentón muy pequeño, "
        "o uno que viene con un problema de mordida, puede necesitar en cambio cirugía de mandíbula; el relleno "
        "permite ver el cambio antes.",
        glance=("Alrededor de una semana", "Permanente", "1 operación"),
    ),
    "breast-augmentation": Overview(
        reviewer="okafor",
        what="El aumento de senos agranda los senos o devuelve el volumen perdido después del embarazo o de bajar "
        "de peso, con implantes de silicona o de solución salina o, para un cambio más pequeño, con su propia "
        "grasa.",
        how="El implante se coloca a través de un corte en el pliegue debajo del seno (lo más habitual), alrededor "
        "de la areola o en la axila, ya sea debajo del músculo pectoral o por encima. El tamaño se elige a partir "
        "de medidas de su tórax y de sus tejidos, no solo de una talla de copa. Dura de una a dos horas, con "
        "anestesia general.",
        downtime="Alrededor de una semana sin ir a un trabajo de oficina; nada de cargar peso ni de ejercicio "
        "intenso durante seis semanas. Se usa un sostén de soporte día y noche durante varias semanas.",
        results="Al principio los senos se ven altos y tensos, y se asientan en unos tres meses, a medida que los "
        "implantes bajan y se suavizan. Los implantes duran muchos años, pero no son para toda la vida: algunas "
        "personas necesitan otra operación a los diez o quince años.",
        risks="Contractura capsular (tejido cicatricial que aprieta el implante), ruptura, ondulaciones visibles, "
        "cambios en la sensibilidad del pezón y asimetría. Los implantes texturizados se asocian con un tipo raro "
        "de linfoma (BIA-ALCL); algunos pacientes reportan la llamada enfermedad por implantes mamarios. Los "
        "implantes de silicona se vigilan con estudios de imagen a lo largo de los años.",
        suits="Personas adultas sanas que quieren senos más grandes o más llenos y aceptan que los implantes "
        "requieren seguimiento de por vida. Los senos muy caídos pueden necesitar también un levantamiento.",
        glance=("Alrededor de 1 semana", "Muchos años; no de por vida", "1 operación"),
    ),
    "breast-lift": Overview(
        reviewer="okafor",
        what="El levantamiento de senos (mastopexia) eleva y da nueva forma a los senos caídos y sube el pezón. Por "
        "sí solo no aumenta el tamaño; se puede colocar un implante al mismo tiempo.",
        how="El cirujano retira el exceso de piel y da nueva forma al tejido mamario a través de incisiones "
        "alrededor de la areola, muchas veces con una línea que baja hasta el pliegue (cicatriz vertical) y a veces "
        "otra a lo largo del pliegue (cicatriz en T invertida o en ancla). Dura de dos a tres horas.",
        downtime="De una a dos semanas sin trabajar y un sostén quirúrgico durante unas seis semanas, sin cargar peso.",
        results="La forma se asienta a los tres a seis meses, y las cicatrices se aclaran en el curso de un año. "
        "Dura muchos años, aunque la gravedad, los cambios de peso y los embarazos siguen actuando sobre los senos.",
        risks="Las cicatrices son permanentes, aunque se aclaran. Menos frecuentes: cambios en la sensibilidad del "
        "pezón, asimetría, problemas de cicatrización de la herida (más probables en fumadores) y dificultad para "
        "amamantar después.",
        suits="Personas cuyos senos han caído después del embarazo, la lactancia o de bajar de peso, idealmente con "
        "un peso estable y sin planes de tener más hijos pronto.",
        glance=("1 a 2 semanas", "Muchos años", "1 operación"),
    ),
    "breast-reduction": Overview(
        reviewer="okafor",
        what="La reducción de senos retira tejido mamario, grasa y piel para que los senos grandes sean más "
        "pequeños y livianos, muchas veces para aliviar el dolor de espalda, cuello y hombros y las marcas que "
        "dejan los tirantes del sostén.",
        how="A través de incisiones en T invertida o verticales, el cirujano retira tejido y eleva el seno y el "
        "pezón, que sigue unido a su irrigación sanguínea. Dura de dos a cuatro horas, con anestesia general.",
        downtime="Alrededor de dos semanas sin trabajar; nada de cargar peso ni de ejercicio intenso durante seis "
        "semanas.",
        results="El alivio en la espalda y los hombros suele llegar de inmediato; la forma final se ve hacia los "
        "seis meses. La reducción es permanente, aunque subir de peso o un embarazo pueden volver a cambiar los "
        "senos.",
        risks="Cicatrices permanentes, cambios en la sensibilidad del pezón y problemas de cicatrización de la "
        "herida, más probables en fumadores. Es posible que después no se pueda amamantar. La satisfacción de los "
        "pacientes está entre las más altas de la cirugía plástica.",
        suits="Personas cuyos senos grandes les causan dolor o limitan su actividad. A veces el seguro médico la "
        "cubre cuando esos síntomas están documentados.",
        glance=("Alrededor de 2 semanas", "Permanente", "1 operación"),
    ),
    "tummy-tuck": Overview(
        reviewer="bennett",
        what="La abdominoplastia retira la piel sobrante y la grasa de la parte baja del abdomen y repara los "
        "músculos abdominales separados por el embarazo. Es una operación para moldear el cuerpo, no para bajar "
        "de peso.",
        how="A través de una incisión larga y baja, de cadera a cadera, el cirujano une los músculos con puntos, "
        "retira el exceso de piel y recoloca el ombligo. Dura de dos a cuatro horas, con anestesia general.",
        downtime="Alrededor de dos semanas sin trabajar; al principio se camina un poco encorvado, con drenajes "
        "hasta por una o dos semanas. Nada de cargar peso durante seis semanas.",
        results="La forma más plana se ve de inmediato bajo la hinchazón; la forma final y la cicatriz se asientan "
        "al año. Es permanente, siempre que su peso se mantenga estable y no haya otro embarazo.",
        risks="Acumulación de líquido bajo la piel (seroma), problemas de cicatrización de la herida, adormecimiento "
        "de la parte baja del abdomen y una cicatriz larga. Los coágulos de sangre en las piernas y los pulmones "
        "son un riesgo grave, así que caminar pronto y otras precauciones forman parte de la recuperación. Fumar "
        "aumenta mucho los riesgos.",
        suits="Personas con un peso estable, que ya no planean tener hijos, con piel sobrante o músculos separados "
        "que el ejercicio no puede corregir.",
        glance=("Alrededor de 2 semanas", "Permanente con peso estable", "1 operación"),
    ),
    "liposuction": Overview(
        reviewer="castillo",
        what="La liposucción retira cúmulos de grasa de zonas como el abdomen, los costados, los muslos, los brazos "
        "y debajo del mentón a través de pequeñas incisiones. Moldea el cuerpo; no es una forma de bajar de peso.",
        how="La zona se llena con un líquido que la adormece y limita el sangrado, y un tubo delgado (cánula) "
        "deshace y aspira la grasa. Algunas técnicas agregan ultrasonido o asistencia mecánica.",
        downtime="De unos días a una semana sin trabajar, con moretones e hinchazón, y una faja de compresión "
        "durante cuatro a seis semanas.",
        results="La forma se ve a los tres a seis meses, cuando ha bajado la hinchazón que la oculta durante "
        "semanas. La grasa retirada no vuelve si su peso se mantiene estable; si sube de peso, la grasa se acumula "
        "en otras zonas.",
        risks="La hinchazón, los moretones y el adormecimiento son frecuentes. Menos frecuentes: contornos "
        "irregulares o con bultos, acumulaciones de líquido y piel flácida. Raros pero graves: coágulos de grasa o "
        "de sangre en los pulmones, y desequilibrio de líquidos cuando se retiran grandes volúmenes.",
        suits="Personas cerca de un peso estable y saludable, con grasa que no cede con dieta y ejercicio, y una "
        "piel con la elasticidad suficiente para retraerse. La piel flácida necesita, en cambio, un levantamiento "
        "o una abdominoplastia.",
        glance=("De unos días a una semana", "Permanente para la grasa retirada", "1 operación"),
    ),
    "brazilian-butt-lift": Overview(
        reviewer="bennett",
        what="El levantamiento brasileño de glúteos (BBL) traslada su propia grasa, obtenida por liposucción, a los "
        "glúteos para darles volumen y forma. Es una transferencia de grasa, no un levantamiento de la piel.",
        how="La grasa se extrae del abdomen, los costados o la espalda, se purifica y se inyecta en los glúteos. "
        "Las recomendaciones de seguridad actuales indican colocarla solo por encima del músculo, idealmente "
        "vigilando en tiempo real con ultrasonido, porque la grasa inyectada en el músculo puede llegar a venas "
        "grandes.",
        downtime="Alrededor de dos semanas sin trabajar y varias semanas sin sentarse directamente sobre los "
        "glúteos, con un cojín debajo de los muslos y prendas de compresión.",
        results="La forma se asienta a los tres a seis meses. Parte de la grasa no sobrevive, a menudo del 20 al 40 "
        "por ciento; la que queda cambia con su peso, como cualquier otra grasa.",
        risks="La embolia grasa, es decir, grasa que entra en el torrente sanguíneo y llega a los pulmones, es el "
        "riesgo grave que en su momento hizo del BBL la operación estética más mortal; colocar la grasa por encima "
        "del músculo ha reducido ese riesgo. También: bultos, resultados disparejos, infección y grasa que muere y "
        "se endurece.",
        suits="Personas con suficiente grasa de sobra para trasladar y un peso estable. La elección del cirujano, y "
        "si sigue las recomendaciones de seguridad actuales, importan aquí más que en la mayoría de las "
        "operaciones.",
        glance=("Alrededor de 2 semanas", "Duradero para la grasa que sobrevive", "1 operación"),
    ),
    "chemical-peel": Overview(
        reviewer="raman",
        what="El peeling químico es una solución ácida que se aplica sobre la piel para eliminar las capas externas "
        "dañadas, lo que mejora el daño solar, la pigmentación dispareja, las líneas finas y el acné. Los peelings "
        "van de superficiales (glicólico, salicílico) a medios (TCA) y profundos (fenol, que hoy casi no se hace).",
        how="El peeling se aplica con pincel, se deja unos minutos y luego se neutraliza o se retira. Cuanto más "
        "profundo llega, mayor es el cambio y más larga la recuperación. Mientras actúa arde y se siente caliente; "
        "se alivia con un ventilador.",
        downtime="Desde una ligera descamación con un peeling superficial hasta una semana de descamación y "
        "enrojecimiento con uno medio. La piel nueva es sensible y necesita una protección solar estricta durante "
        "semanas.",
        results="El resultado se ve cuando termina la descamación. Una serie de tres a seis peelings superficiales "
        "da un cambio gradual; un peeling medio da más. Dura de meses a años, según la profundidad y la protección "
        "solar que siga después.",
        risks="Se esperan enrojecimiento, ardor y descamación. Menos frecuentes: brotes de herpes labial, infección "
        "y manchas más oscuras o más claras, un riesgo mayor en las pieles más oscuras, en las que importa la "
        "elección del peeling. Las cicatrices son raras con los peelings superficiales y medios.",
        suits="La mayoría de los tipos de piel, en el caso de los peelings superficiales; los medios requieren más "
        "cuidado en las pieles más oscuras y no se hacen sobre piel bronceada ni poco después de tomar "
        "isotretinoína.",
        glance=("De nada a una semana", "De meses a años", "1 medio, o 3 a 6 superficiales"),
    ),
    "microneedling": Overview(
        reviewer="osei",
        what="El microneedling (inducción de colágeno) usa un dispositivo en forma de pluma con agujas finas para "
        "hacer lesiones diminutas y controladas en la piel, con el fin de mejorar las cicatrices de acné, la "
        "textura, los poros dilatados y las líneas finas.",
        how="Las agujas pasan sobre la piel a una profundidad determinada, con crema anestésica; la piel repara las "
        "microlesiones produciendo colágeno nuevo. Una cara toma unos treinta minutos.",
        downtime="Uno o dos días de enrojecimiento, como de quemadura de sol, y sensación áspera. Por lo general, "
        "se puede volver a usar maquillaje después de un día.",
        results="El cambio aumenta poco a poco durante unos tres meses, después de tres a seis sesiones separadas "
        "por cuatro a seis semanas. La mejoría de las cicatrices dura de meses a años; la textura necesita "
        "mantenimiento.",
        risks="Enrojecimiento, resequedad y puntitos de sangrado durante la sesión. Menos frecuentes: infección, "
        "brotes de granos y manchas más oscuras. Los rodillos para usar en casa y los salones sin licencia "
        "implican más riesgo.",
        suits="La mayoría de los tipos de piel, incluidas las pieles más oscuras, porque no usa calor. No se hace "
        "sobre acné activo, herpes labial ni infecciones de la piel.",
        glance=("1 a 2 días", "De meses a años", "3 a 6, cada 4 a 6 semanas"),
    ),
    "prp-facial": Overview(
        reviewer="lindqvist",
        what="El facial con PRP (a veces llamado facial vampiro) es microneedling con plasma rico en plaquetas, un "
        "concentrado que se obtiene de una pequeña muestra de su propia sangre.",
        how="Se extrae sangre, se centrifuga para concentrar las plaquetas, y el plasma se extiende sobre la piel "
        "durante el microneedling o se inyecta. Las plaquetas liberan factores de crecimiento que, según se cree, "
        "ayudan a la cicatrización.",
        downtime="Dos o tres días de enrojecimiento, más o menos como después del microneedling solo.",
        results="La piel mejora poco a poco en dos a tres meses, con una serie de unas tres sesiones, una al mes. "
        "Los resultados duran meses; las pruebas de que el PRP aporte mucho al microneedling solo son modestas.",
        risks="Enrojecimiento, un moretón donde se sacó la sangre y los riesgos del microneedling. La infección es "
        "rara cuando la clínica sigue una higiene estricta; se han rastreado brotes hasta spas sin licencia que "
        "reutilizaban el equipo.",
        suits="Personas que quieren microneedling y están dispuestas a pagar más por un posible beneficio "
        "adicional. No es para quienes tienen trastornos de la sangre o toman anticoagulantes.",
        glance=("2 a 3 días", "Meses", "3, una al mes"),
    ),
    "hydrafacial": Overview(
        reviewer="osei",
        what="El Hydrafacial es un facial con aparato que limpia, exfolia, extrae las impurezas de los poros e "
        "hidrata la piel en una sola sesión de treinta a sesenta minutos, más o menos.",
        how="Una pieza de mano con punta en espiral usa succión y una serie de sueros: un ácido suave para aflojar "
        "la piel muerta, la extracción de los poros por aspiración y, al final, sueros hidratantes.",
        downtime="Ninguno: la mayoría de las personas vuelve directo al trabajo. Puede quedar un poco de color "
        "rosado durante una hora.",
        results="La piel se ve más lisa y luminosa de inmediato. Dura una o dos semanas, así que a quienes les "
        "gusta lo repiten más o menos cada mes.",
        risks="Enrojecimiento leve u hormigueo. El paso del ácido puede irritar la piel sensible o con rosácea activa.",
        suits="Casi cualquier persona que quiera un cutis más luminoso antes de un evento. No cambia de forma "
        "duradera las cicatrices, las arrugas ni las manchas.",
        glance=("Ninguno", "1 a 2 semanas", "1, cada mes si le gusta"),
    ),
    "microdermabrasion": Overview(
        reviewer="raman",
        what="La microdermoabrasión es una exfoliación mecánica de la capa externa de la piel, con una varilla con "
        "punta de diamante o un chorro de cristales finos, para suavizar la textura y devolver la luminosidad a "
        "la piel opaca.",
        how="La varilla pule la piel muerta mientras la succión levanta los residuos. Una sesión dura de treinta a "
        "cuarenta minutos y no necesita anestesia.",
        downtime="Ninguno; quizá un poco de color rosado durante una hora.",
        results="La piel se siente más lisa de inmediato. El efecto dura unas semanas; una serie de cinco o seis "
        "sesiones, separadas por dos a cuatro semanas, da más.",
        risks="Enrojecimiento y sensibilidad leve. El exceso de tratamiento puede causar irritación o pequeñas "
        "raspaduras.",
        suits="La mayoría de los tipos de piel que buscan una renovación suave. No llega lo bastante profundo para "
        "cambiar cicatrices o arrugas.",
        glance=("Ninguno", "Unas semanas", "5 o 6, cada 2 a 4 semanas"),
    ),
    "dermaplaning": Overview(
        reviewer="ruiz",
        what="El dermaplaning es una exfoliación suave con una hoja estéril que retira las células muertas y el "
        "vello fino de la cara (la pelusilla), y deja la piel más lisa.",
        how="El profesional mantiene la piel tensa y pasa una hoja quirúrgica sobre ella en un ángulo bajo. Dura "
        "unos treinta minutos y no duele.",
        downtime="Ninguno.",
        results="Piel más lisa de inmediato, y el maquillaje se asienta mejor. Dura de tres a cuatro semanas, hasta "
        "que el vello fino y la piel muerta vuelven a acumularse. El vello no vuelve a crecer más grueso ni más "
        "oscuro.",
        risks="Enrojecimiento leve, pequeñas cortaditas y brotes de granos en la piel con tendencia al acné.",
        suits="La mayoría de los tipos de piel. No se hace sobre acné activo, y a las personas con rosácea o piel "
        "muy sensible puede irritarles.",
        glance=("Ninguno", "3 a 4 semanas", "1, cada mes"),
    ),
    "tretinoin": Overview(
        reviewer="osei",
        what="La tretinoína (Retin-A) es un retinoide de receta médica, en crema o gel, para el acné, las líneas "
        "finas, la textura áspera y el tono disparejo. Es uno de los tratamientos para la piel mejor estudiados "
        "que existen.",
        how="Acelera la renovación de las células de la piel, destapa los poros y, con los meses, forma colágeno. "
        "Se aplica por la noche una cantidad del tamaño de un chícharo o arveja, primero unas cuantas noches por "
        "semana, y se va aumentando a medida que la piel se acostumbra.",
        downtime="No hace falta dejar de hacer nada, pero hay unas semanas de resequedad, descamación y a veces un "
        "brote de granos mientras la piel se acostumbra. La piel se quema más fácilmente con el sol, así que el "
        "protector solar diario forma parte del tratamiento.",
        results="El acné mejora en dos a tres meses; las líneas finas y el tono tardan de seis a doce. El beneficio "
        "dura mientras la siga usando.",
        risks="Resequedad, enrojecimiento, descamación y ardor, peores durante el primer mes. No se usa durante el "
        "embarazo.",
        suits="Adultos y adolescentes con acné, y adultos con daño solar o líneas finas incipientes, siguiendo las "
        "indicaciones de quien la receta. Las personas con eccema o rosácea quizá no la toleren.",
        glance=("Ninguno, algo de descamación", "Mientras la use", "Cada noche, aumentando poco a poco"),
    ),
    "led-light-therapy": Overview(
        reviewer="osei",
        what="La terapia de luz LED expone la piel a luz roja o azul: la azul se dirige a las bacterias del acné, y "
        "la roja, a la inflamación y a los signos leves del envejecimiento.",
        how="Usted se sienta bajo un panel o usa una máscara durante unos veinte minutos. La luz la absorben las "
        "células y las bacterias sin calor ni daño a la piel.",
        downtime="Ninguno.",
        results="Si ayuda, el acné mejora en cuatro a ocho semanas de sesiones semanales o dos veces por semana. El "
        "efecto es modesto y dura solo mientras siga con las sesiones.",
        risks="Muy pocos: enrojecimiento o resequedad leves. Se usa protección para los ojos. Las personas que "
        "toman medicamentos que vuelven la piel sensible a la luz deben consultarlo antes.",
        suits="Personas con acné leve que quieren un complemento de los tratamientos probados. No reemplaza el "
        "tratamiento de receta para el acné moderado o grave.",
        glance=("Ninguno", "Mientras siga con las sesiones", "Semanal durante 1 a 2 meses"),
    ),
    "porcelain-veneers": Overview(
        reviewer="kowalski",
        what="Las carillas de porcelana son láminas delgadas de porcelana que se adhieren a la cara frontal de los "
        "dientes para cambiar su color, forma, tamaño o separación.",
        how="El dentista retira una capa delgada de esmalte (a menudo de alrededor de medio milímetro), toma una "
        "impresión o un escaneo, coloca carillas provisionales y, un par de semanas después, adhiere las "
        "definitivas. Requiere dos o tres citas a lo largo de unas semanas.",
        downtime="Ninguno, aunque los dientes pueden estar sensibles al frío y al calor durante una o dos semanas.",
        results="La nueva sonrisa se ve cuando se adhieren las carillas definitivas. Las carillas de porcelana "
        "duran de diez a quince años o más; el desgaste del diente es irreversible, así que esos dientes siempre "
        "necesitarán carillas o coronas.",
        risks="Sensibilidad, carillas que se astillan o se despegan, y un color que después no se puede blanquear. "
        "Rechinar los dientes puede romperlas; una guarda nocturna ayuda.",
        suits="Personas con encías y dientes sanos cuyos dientes astillados, espacios, bordes desgastados o manchas "
        "no se pueden corregir con blanqueamiento o bonding. Vale la pena buscar un dentista que pruebe primero la "
        "opción menos invasiva.",
        glance=("Ninguno", "10 a 15 años o más", "2 o 3 citas"),
    ),
    "teeth-whitening": Overview(
        reviewer="kowalski",
        what="El blanqueamiento dental aclara el color natural de los dientes con un gel de peróxido, en el "
        "consultorio o en casa, con férulas hechas a su medida.",
        how="El peróxido de hidrógeno o de carbamida descompone las manchas que hay dentro del esmalte. El "
        "blanqueamiento en el consultorio usa un gel fuerte en una sola cita; las férulas para casa usan un gel "
        "más suave que se lleva a diario durante unas dos semanas.",
        downtime="Ninguno; los dientes pueden estar sensibles unos días.",
        results="Los dientes se ven más blancos de inmediato, y el color se estabiliza en unas dos semanas. Dura de "
        "uno a tres años, según el café, el té y el vino tinto que tome y si fuma; algunos retoques de vez en "
        "cuando lo mantienen.",
        risks="Sensibilidad e irritación de las encías, ambas temporales. Las coronas, las carillas y las resinas o "
        "empastes no cambian de color, así que puede que haya que reemplazarlos para que combinen.",
        suits="Personas con manchas amarillentas y dientes y encías sanos. Las manchas grises por medicamentos o "
        "por un diente muerto responden mal. No durante el embarazo.",
        glance=("Ninguno", "1 a 3 años", "1 cita, o 2 semanas de férulas"),
    ),
    "invisalign": Overview(
        reviewer="romano",
        what="Invisalign es una serie de alineadores transparentes de plástico que enderezan los dientes poco a "
        "poco, una alternativa a los brackets fijos en muchos casos leves a moderados.",
        how="Un escaneo 3D planifica el movimiento; cada alineador mueve los dientes una fracción de milímetro. "
        "Unos pequeños relieves del color del diente (llamados attachments) ayudan a que los alineadores se "
        "sujeten. Se usan de 20 a 22 horas al día y se retiran para comer.",
        downtime="Ninguno, aunque cada alineador nuevo causa molestias durante uno o dos días y al principio puede "
        "que hable un poco ceceando.",
        results="Los cambios se ven en un par de meses, y el tratamiento dura de seis a dieciocho meses. El "
        "resultado es para siempre solo si después usa un retenedor por la noche.",
        risks="Molestias, ceceo y un avance más lento si los alineadores no se usan lo suficiente. Los problemas de "
        "mordida complejos pueden necesitar brackets o cirugía.",
        suits="Adultos y adolescentes con dientes apiñados, espacios o un problema de mordida leve, que vayan a "
        "usar los alineadores con constancia.",
        glance=("Ninguno", "Duradero con retenedor", "6 a 18 meses de alineadores"),
    ),
    "dental-bonding": Overview(
        reviewer="kowalski",
        what="El bonding dental repara dientes astillados, espacios y pequeños defectos con resina compuesta del "
        "color del diente, que se modela directamente sobre el diente en una sola cita.",
        how="La superficie del diente se hace un poco rugosa, la resina se modela en capas, se endurece con una luz "
        "azul y se pule. Por lo general no se necesita anestesia ni desgastar el diente sano.",
        downtime="Ninguno.",
        results="El cambio es inmediato. El bonding dura de cinco a diez años, con pulidos y alguna reparación de "
        "vez en cuando, y se mancha con más facilidad que la porcelana.",
        risks="Que se astille o se manche con el tiempo. Es reversible, lo que lo convierte en una primera opción "
        "poco agresiva.",
        suits="Personas con dientes un poco astillados, espacios o bordes disparejos. Los cambios mayores o los "
        "dientes muy desgastados pueden resolverse mejor con carillas o coronas.",
        glance=("Ninguno", "5 a 10 años", "1 cita"),
    ),
    "gum-contouring": Overview(
        reviewer="romano",
        what="El contorneado de encías corrige un borde de las encías disparejo o alto, o una sonrisa gingival, "
        "retirando o remodelando tejido de la encía con láser o bisturí.",
        how="Con anestesia local, el dentista marca el nuevo borde de la encía y retira la encía sobrante; cuando "
        "también hay que remodelar el hueso, se convierte en un alargamiento de corona. El láser sella a medida "
        "que corta.",
        downtime="Unos días de encías sensibles y dieta blanda.",
        results="El borde de las encías se ve terminado cuando sana, en una a tres semanas. El cambio es permanente "
        "cuando solo se retira encía.",
        risks="Dolor, hinchazón y que la encía vuelva a cubrir el diente cuando no se ajustó el hueso. Retirar "
        "demasiado puede dejar expuestas las raíces de los dientes y causar sensibilidad.",
        suits="Personas cuyos dientes se ven cortos por exceso de encía. Una sonrisa gingival causada por un labio "
        "superior demasiado activo se trata mejor con toxina, y una causada por la posición de la mandíbula, con "
        "ortodoncia o cirugía.",
        glance=("Unos días", "Permanente", "1 cita"),
    ),
}


# The reviewers' credentials (treatments.demo_overviews.REVIEWERS) as a Spanish-speaking patient reads
# them, by reviewer: Spanish says "dermatóloga" or "dermatólogo".
CREDENTIALS: dict[str, str] = {
    "Dr. Ana Ruiz": "dermatóloga certificada",
    "Dr. Priya Raman": "dermatóloga certificada",
    "Dr. Imani Osei": "dermatóloga certificada",
    "Dr. Grace Lindqvist": "cirujana plástica certificada",
    "Dr. Marcus Bennett": "cirujano plástico certificado",
    "Dr. Helen Okafor": "cirujana plástica certificada",
    "Dr. Tomás Castillo": "cirujano plástico certificado",
    "Dr. Leila Moreau": "cirujana plástica facial certificada",
    "Dr. Kenji Tanaka": "cirujano plástico facial certificado",
    "Dr. Mei Chen": "cirujana oculoplástica, oftalmóloga certificada",
    "Dr. Rafael Silva": "otorrinolaringólogo y cirujano plástico facial certificado",
    "Dr. Daniel Kowalski": "DDS, odontólogo estético",
    "Dr. Sofia Romano": "DMD, odontóloga estética",
}


def seed(ctx) -> None:
    """The Spanish names, descriptions, search words and overviews of the demo catalogue, for the
    treatments that have none yet (seeding twice changes nothing)."""
    from treatments.models import Treatment, TreatmentTranslation, treatment_names_refresh

    translated = set(TreatmentTranslation.objects.filter(language="es").values_list("treatment__slug", flat=True))
    rows = []
    chosen = Treatment.objects.filter(slug__in=NAMES).exclude(slug__in=translated).only("pk", "slug", "reviewer_name")
    for treatment in chosen:
        overview = OVERVIEWS.get(treatment.slug)
        glance = overview.glance if overview else ("", "", "")
        rows.append(
            TreatmentTranslation(
                treatment=treatment,
                language="es",
                name=NAMES[treatment.slug],
                description=DESCRIPTIONS.get(treatment.slug, ""),
                synonyms=SYNONYMS.get(treatment.slug, ""),
                what_it_is=overview.what if overview else "",
                how_it_works=overview.how if overview else "",
                downtime=overview.downtime if overview else "",
                results_last=overview.results if overview else "",
                risks=overview.risks if overview else "",
                who_it_suits=overview.suits if overview else "",
                downtime_at_a_glance=glance[0],
                results_at_a_glance=glance[1],
                sessions_at_a_glance=glance[2],
                reviewer_credential=CREDENTIALS.get(treatment.reviewer_name, ""),
            )
        )
    TreatmentTranslation.objects.bulk_create(rows)
    treatment_names_refresh([row.treatment_id for row in rows])
    ctx.out.write(f"  in Spanish   {len(rows)} treatments\n")
