// The synthetic events both benchmark pages draw: the same for Maillage and for FullCalendar.
export function benchEvents(count) {
  const sectors = ['sport', 'culture', 'solidarite', 'environnement', 'education', 'jeunesse', 'loisirs'];
  const pad = (n) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2027, 0, 1 + (i % 365)));
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    return {
      id: `e${i}`,
      title: `${i % 3 ? 'Atelier' : 'Fête'} n° ${i} à la salle ${i % 30}`,
      start: `${day}T${pad(9 + (i % 10))}:00`,
      end: `${day}T${pad(10 + (i % 10))}:30`,
      placeId: `p${i % 30}`,
      organizers: i % 4 ? [`o${i % 40}`] : [`o${i % 40}`, `o${(i + 7) % 40}`],
      sectors: [sectors[i % sectors.length]],
      summary: 'Un moment convivial ouvert à toutes et à tous.',
      price: { free: i % 2 === 0 },
    };
  });
}
