/**
 * A strategy map written for this test suite from an analysis no fixture covers (BlaBlaCar, in
 * French): five short labels, two labelled card-to-card edges, and a thesis and caption that
 * take room. It showed three of the layout's failures in the wild (see its users).
 */
export const BLABLACAR_MAP = {
  title: 'La carte stratégique de BlaBlaCar',
  center: 'Confiance entre inconnus',
  nodes: [
    { id: 'n1', label: 'Avis et profils vérifiés' },
    { id: 'n2', label: 'Paiement en ligne sécurisé' },
    { id: 'n3', label: 'Réseau d’autocars BlaBlaCar Bus' },
    { id: 'n4', label: 'Densité des trajets interurbains' },
    { id: 'n5', label: 'Abonnements et assurance conducteur' },
  ],
  edges: [
    { from: 'n1', to: 'n2', label: 'rassure' },
    { from: 'n4', to: 'n3', label: 'complète' },
  ],
  thesis: 'La confiance est le produit, la voiture est fournie par l’utilisateur',
  caption: 'Une commission par réservation sur un inventaire qui ne coûte rien à l’entreprise',
};

/**
 * A strategy map written for this test suite (Costco, in English): six cards and two labelled
 * card-to-card edges, one of them between cards opposite each other in reading order.
 */
export const COSTCO_MAP = {
  title: "Costco's strategy map",
  center: 'Membership renewal',
  nodes: [
    { id: 'n1', label: 'Treasure-hunt assortment' },
    { id: 'n2', label: 'Kirkland Signature private label' },
    { id: 'n3', label: 'Supplier bargaining power' },
    { id: 'n4', label: 'Gasoline and pharmacy traffic' },
    { id: 'n5', label: 'Executive membership upgrades' },
    { id: 'n6', label: 'Low-cost warehouse operations' },
  ],
  edges: [
    { from: 'n2', to: 'n1', label: 'funds' },
    { from: 'n6', to: 'n3', label: 'lowers prices' },
  ],
  thesis: 'The fee is the profit; the store is the marketing',
  caption: 'Membership fees are about half of operating income on roughly 2% of revenue',
};

/**
 * A strategy map written for this test suite (Nintendo, in English): seven cards and three
 * labelled card-to-card edges, one label a long phrase, on a 1080×1080 canvas the hardest of the
 * unseen maps.
 */
export const NINTENDO_MAP = {
  title: "How Nintendo's pieces hold each other up",
  center: { id: 'ip', label: 'Character IP' },
  nodes: [
    { id: 'hardware', label: 'Profitable hardware' },
    { id: 'first-party', label: 'First-party games' },
    { id: 'eshop', label: 'eShop and Switch Online' },
    { id: 'films', label: 'Films and theme parks' },
    { id: 'merch', label: 'Merchandise and licensing' },
    { id: 'families', label: 'Families and lapsed gamers' },
    { id: 'indies', label: 'Indie developers' },
  ],
  edges: [
    ...['hardware', 'first-party', 'films', 'merch', 'families', 'eshop', 'indies'].map((to) => ({ from: 'ip', to })),
    { from: 'films', to: 'families', label: 'recruits new fans' },
    { from: 'first-party', to: 'hardware', label: 'sells consoles' },
    { from: 'indies', to: 'eshop', label: 'fill the catalogue between releases' },
  ],
  thesis: 'The characters are the platform; the console is their stage',
  caption: 'Owning the IP lets Nintendo skip the specs race and still earn on every unit',
};

/**
 * A strategy map written for this test suite (Doctolib, in French): four cards, one of them a
 * single long word ("Téléconsultation"), and two labelled card-to-card edges.
 */
export const DOCTOLIB_MAP = {
  title: 'Les deux faces de Doctolib',
  center: { id: 'agenda', label: 'Agenda en ligne' },
  nodes: [
    { id: 'praticiens', label: 'Praticiens abonnés' },
    { id: 'patients', label: 'Patients non facturés' },
    { id: 'teleconsultation', label: 'Téléconsultation' },
    { id: 'logiciels', label: 'Logiciels de cabinet' },
  ],
  edges: [
    ...['praticiens', 'patients', 'teleconsultation', 'logiciels'].map((to) => ({ from: 'agenda', to })),
    { from: 'patients', to: 'praticiens', label: 'remplissent les créneaux' },
    { from: 'logiciels', to: 'praticiens', label: "verrouillent l'abonnement" },
  ],
  thesis: 'Les médecins paient, les patients suivent',
  caption: 'Chaque cabinet équipé amène sa patientèle sur la plateforme',
};
